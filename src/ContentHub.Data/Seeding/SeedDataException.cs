namespace ContentHub.Data.Seeding;

/// <summary>Seed data that cannot be loaded; the message names each file and record at fault.</summary>
public sealed class SeedDataException(IReadOnlyList<string> problems)
    : Exception("Seed data is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
