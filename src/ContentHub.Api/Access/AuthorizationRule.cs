using ContentHub.Api.GraphQL;
using ContentHub.Data.Access;
using ContentHub.Data.People;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace ContentHub.Api.Access;

/// <summary>
/// Enforces <see cref="FieldAccess"/> before a resolver runs: every field the operation selects
/// (through the fragments it uses), and the type it returns, may ask for a signed-in caller or for
/// roles in the addressed hub; a token's scopes limit what its operations may be. A denial is a
/// validation error with a code, so nothing of the operation runs and no field comes back as a
/// silent null. Rows (whose requests, which comments) are scoped in the services instead.
/// </summary>
public sealed class AuthorizationRule : ValidationRuleBase
{
    public override async ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var caller = context.RequestServices!.GetRequiredService<Caller>();
        if (caller.IsSignedIn && NeededScope(context.Operation.Operation) is var scope && !caller.Allows(scope))
        {
            context.ReportError(new AccessDeniedError(context, AccessDeniedError.NotAuthorized,
                $"This access token lacks the {scope.ToString().ToUpperInvariant()} scope that a {context.Operation.Operation.ToString().ToLowerInvariant()} needs.",
                context.Operation));
            return null;
        }

        IReadOnlySet<Role> roles;
        try
        {
            if (!await caller.MayUseThisHubAsync(context.CancellationToken))
            {
                context.ReportError(new AccessDeniedError(context, AccessDeniedError.NotAuthorized,
                    "This access token was made for another hub; ask an admin of this hub for one.", context.Operation));
                return null;
            }

            roles = await caller.RolesAsync(context.CancellationToken);
        }
        catch (UserFacingException unknownHub)
        {
            context.ReportError(new AccessDeniedError(context, unknownHub.Code!, unknownHub.Message, context.Operation));
            return null;
        }

        var fragments = (context.GetRecursivelyReferencedFragments(context.Operation) ?? []).Select(f => f.FragmentName.Name.StringValue).ToHashSet();
        return new Visitor(caller.IsSignedIn, roles, fragments);
    }

    private static AccessScope NeededScope(OperationType operation) => operation == OperationType.Mutation ? AccessScope.Write : AccessScope.Read;

    private sealed class Visitor(bool signedIn, IReadOnlySet<Role> roles, IReadOnlySet<string> usedFragments) : INodeVisitor
    {
        // Only the operation being run and the fragments it uses are checked: another operation of
        // the same document may ask for more without this one being refused.
        private bool checking;

        public ValueTask EnterAsync(ASTNode node, ValidationContext context)
        {
            switch (node)
            {
                case GraphQLOperationDefinition operation:
                    checking = operation == context.Operation;
                    break;
                case GraphQLFragmentDefinition fragment:
                    checking = usedFragments.Contains(fragment.FragmentName.Name.StringValue);
                    break;
                case GraphQLField field when checking && context.TypeInfo.GetFieldDef() is { } definition:
                    var parent = context.TypeInfo.GetParentType()?.GetNamedType();
                    Check(definition, $"{parent?.Name}.{definition.Name}", field, context);
                    if (definition.ResolvedType?.GetNamedType() is { } returned and not ScalarGraphType and not EnumerationGraphType)
                    {
                        Check(returned, returned.Name, field, context);
                    }

                    break;
            }

            return default;
        }

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context) => default;

        private void Check(IMetadataReader secured, string name, ASTNode node, ValidationContext context)
        {
            if (!secured.IsAuthorizationRequired())
            {
                return;
            }

            if (!signedIn)
            {
                context.ReportError(new AccessDeniedError(context, AccessDeniedError.NotAuthenticated,
                    $"`{name}` needs a signed-in caller: send an access token as `Authorization: Bearer <token>`.", node));
                return;
            }

            var wanted = secured.GetRoles()?.Select(Enum.Parse<Role>).ToList();
            if (wanted is { Count: > 0 } && !wanted.Any(roles.Contains))
            {
                context.ReportError(new AccessDeniedError(context, AccessDeniedError.NotAuthorized,
                    $"`{name}` is for callers with the role {FieldAccess.Names(wanted)} in this hub.", node));
            }
        }
    }
}

/// <summary>The codes HotChocolate's authorization uses, so front ends written for it understand ours.</summary>
public sealed class AccessDeniedError : global::GraphQL.Validation.ValidationError
{
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";

    public AccessDeniedError(ValidationContext context, string code, string message, ASTNode node)
        : base(context.Document.Source, null!, message, node) => Code = code;
}
