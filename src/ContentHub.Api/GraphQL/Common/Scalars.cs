using GraphQL.Types;

namespace ContentHub.Api.GraphQL;

/// <summary>ISO 8601 timestamps with offset, named <c>DateTime</c> as HotChocolate front ends expect.</summary>
public sealed class DateTimeScalarType : DateTimeOffsetGraphType
{
    public DateTimeScalarType()
    {
        Name = "DateTime";
        Description = "An ISO 8601 date and time with offset, e.g. 2025-03-11T09:20:00Z.";
    }
}
