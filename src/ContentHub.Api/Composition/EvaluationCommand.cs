namespace ContentHub.Api.Composition;

/// <summary><c>contenthub eval similar --dataset DIR</c>: measures the similar-case ranker on public data.</summary>
public static class EvaluationCommand
{
    public static Task<int> RunAsync(string[] args)
    {
        Console.Error.WriteLine("usage: contenthub eval similar --dataset DIR");
        return Task.FromResult(2);
    }
}
