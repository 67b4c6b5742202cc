using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace ContentHub.Api.GraphQL;

/// <summary>
/// GET must not change anything (GraphQL over HTTP): a mutation sent with GET fails validation, and
/// the transport answers 405.
/// </summary>
public sealed class QueriesOnlyOverGetRule : ValidationRuleBase
{
    public const string UserContextKey = "contenthub.http-get";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.UserContext.ContainsKey(UserContextKey) && context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new OperationNotAllowedOverGetError(context.Operation.Operation));
        }

        return default;
    }
}

public sealed class OperationNotAllowedOverGetError : global::GraphQL.Validation.ValidationError
{
    public OperationNotAllowedOverGetError(OperationType operation)
        : base($"A {operation.ToString().ToLowerInvariant()} cannot be sent with GET; use POST.") =>
        Code = "OPERATION_NOT_ALLOWED_OVER_GET";
}
