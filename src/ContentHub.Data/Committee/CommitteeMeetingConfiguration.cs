using ContentHub.Data.Hubs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentHub.Data.Committee;

// Deletes are restricted throughout: versions, meetings and decisions are the committee's record,
// and SQL Server refuses the several cascade paths from a committee that cascades would make.

internal sealed class CriteriaVersionConfiguration : IEntityTypeConfiguration<CriteriaVersion>
{
    public void Configure(EntityTypeBuilder<CriteriaVersion> version)
    {
        version.HasOne<ExpertCommittee>().WithMany(c => c.CriteriaVersions).HasForeignKey(v => v.CommitteeId).OnDelete(DeleteBehavior.Restrict);
        version.HasIndex(v => new { v.CommitteeId, v.Number }).IsUnique();
        version.HasOne(v => v.ChangedBy).WithMany().HasForeignKey(v => v.ChangedById).OnDelete(DeleteBehavior.Restrict);
        version.HasIndex(v => v.ChangedById);
    }
}

internal sealed class CommitteeMeetingConfiguration : IEntityTypeConfiguration<CommitteeMeeting>
{
    public void Configure(EntityTypeBuilder<CommitteeMeeting> meeting)
    {
        meeting.HasOne<Hub>().WithMany().HasForeignKey(m => m.HubId).OnDelete(DeleteBehavior.Restrict);
        meeting.HasOne<ExpertCommittee>().WithMany().HasForeignKey(m => m.CommitteeId).OnDelete(DeleteBehavior.Restrict);
        meeting.HasOne(m => m.CriteriaVersion).WithMany().HasForeignKey(m => m.CriteriaVersionId).OnDelete(DeleteBehavior.Restrict);
        meeting.Property(m => m.Title).HasMaxLength(Limits.Title);
        meeting.Property(m => m.CancellationReason).HasMaxLength(Limits.Summary);
        meeting.HasIndex(m => new { m.CommitteeId, m.Date });
        meeting.HasIndex(m => m.HubId);
        meeting.HasIndex(m => m.CriteriaVersionId);
        meeting.HasMany(m => m.Agenda).WithOne(i => i.Meeting).HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> item)
    {
        item.HasOne<Hub>().WithMany().HasForeignKey(i => i.HubId).OnDelete(DeleteBehavior.Restrict);
        item.HasOne(i => i.HelpRequest).WithMany().HasForeignKey(i => i.HelpRequestId).OnDelete(DeleteBehavior.Restrict);
        item.HasIndex(i => new { i.MeetingId, i.HelpRequestId }).IsUnique();
        item.HasIndex(i => i.HelpRequestId);
        item.HasIndex(i => i.HubId);
        item.Property(i => i.Decision).HasConversion<string>().HasMaxLength(Limits.Enum);
        item.Property(i => i.Rationale).HasMaxLength(Limits.Summary);
        item.Property(i => i.PriorityScore).HasPrecision(6, 3);
    }
}
