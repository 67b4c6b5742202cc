using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentHub.Data.Requests;

/// <summary>
/// How many of a hub's requests are in one status, kept by the database itself: triggers on
/// <c>HelpRequests</c>, created by each provider's migrations, add and subtract as requests are
/// inserted, moved and deleted, in the same statement as the change. So no write path (nor a bulk
/// load) can forget it, and a queue's total is a sum of a few rows instead of a count of thousands
/// of index entries (4.5 of the triage queue's 9.3 ms at 100k cases). The application only reads it.
/// </summary>
/// <remarks>
/// A later SQLite migration that rebuilds <c>HelpRequests</c> (EF copies the table into a new one for
/// changes SQLite cannot alter in place) drops its triggers, and must create them again;
/// <c>RequestStatusCountTests</c> in the data tests fails if it does not.
/// </remarks>
public sealed class RequestStatusCount
{
    /// <summary>The name every provider's trigger on <c>HelpRequests</c> is created under.</summary>
    public const string TriggerName = "HelpRequests_KeepStatusCounts";

    public int HubId { get; private set; }
    public RequestStatus Status { get; private set; }
    public int Count { get; private set; }
}

internal sealed class RequestStatusCountConfiguration : IEntityTypeConfiguration<RequestStatusCount>
{
    public void Configure(EntityTypeBuilder<RequestStatusCount> count)
    {
        count.HasKey(c => new { c.HubId, c.Status });
        count.Property(c => c.Status).HasConversion<string>().HasMaxLength(Limits.Enum);
    }
}
