using GraphQL;

namespace ContentHub.Api.GraphQL;

/// <summary>
/// A request-level failure the caller can fix (unknown hub, page too large …). It reaches the
/// top-level <c>errors</c> with its <c>extensions.code</c>; expected domain failures of a mutation
/// are payload errors instead.
/// </summary>
public sealed class UserFacingException : ExecutionError
{
    public UserFacingException(string code, string message) : base(message) => Code = code;
}
