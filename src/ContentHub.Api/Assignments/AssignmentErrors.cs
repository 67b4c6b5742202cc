using ContentHub.Api.GraphQL;

namespace ContentHub.Api.Assignments;

/// <summary>The expert is away today; they can take work again from <see cref="AvailableFrom"/>.</summary>
public sealed record ExpertUnavailableError(string Field, DateOnly AvailableFrom, string Message) : MutationError(Message)
{
    public override string Code => "EXPERT_UNAVAILABLE";
}

/// <summary>The assignment would take the expert past their monthly capacity.</summary>
public sealed record OverCapacityError(int OpenHours, int CapacityHours, int RequestedHours, string Message) : MutationError(Message)
{
    public override string Code => "OVER_CAPACITY";
}

public sealed class ExpertUnavailableErrorType : ErrorType<ExpertUnavailableError>
{
    public ExpertUnavailableErrorType() : base("The expert is away today; assign or refer to someone else, or wait until they are back.")
    {
        Field(e => e.Field).Description("The input field naming the expert.");
        Field(e => e.AvailableFrom).Description("The day the expert is back.");
    }
}

public sealed class OverCapacityErrorType : ErrorType<OverCapacityError>
{
    public OverCapacityErrorType() : base("The assignment would take the expert past their monthly capacity; staff may override.")
    {
        Field(e => e.OpenHours).Description("Hours of open work the expert already carries.");
        Field(e => e.CapacityHours).Description("The expert's monthly capacity.");
        Field(e => e.RequestedHours).Description("The hours this assignment would add.");
    }
}
