namespace ContentHub.Api.Tests.Subscriptions;

/// <summary>
/// A generous deadline for socket tests: a server that never answers fails the test instead of
/// hanging the run. Not a timing assertion — nothing here is expected to take more than a second.
/// </summary>
public static class HangGuard
{
    public static CancellationTokenSource Start() => new(TimeSpan.FromSeconds(60));
}
