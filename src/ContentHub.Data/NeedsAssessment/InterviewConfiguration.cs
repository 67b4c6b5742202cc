using ContentHub.Data.Hubs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentHub.Data.NeedsAssessment;

internal sealed class InterviewConfiguration : IEntityTypeConfiguration<Interview>
{
    public void Configure(EntityTypeBuilder<Interview> interview)
    {
        interview.HasOne<Hub>().WithMany().HasForeignKey(i => i.HubId);
        interview.Property(i => i.Key).HasMaxLength(Limits.Key);
        interview.HasIndex(i => new { i.HubId, i.Key }).IsUnique();
        interview.HasIndex(i => new { i.HubId, i.InterviewedOn });
        interview.Property(i => i.IntervieweeName).HasMaxLength(Limits.Name);
        interview.Property(i => i.IntervieweeRole).HasMaxLength(Limits.Name);
        interview.Property(i => i.Summary).HasMaxLength(Limits.Summary);
        interview.HasOne(i => i.Affiliate).WithMany().HasForeignKey(i => i.AffiliateId);
        interview.HasIndex(i => i.AffiliateId);
        interview.HasMany(i => i.Insights).WithOne().HasForeignKey(i => i.InterviewId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InsightConfiguration : IEntityTypeConfiguration<Insight>
{
    public void Configure(EntityTypeBuilder<Insight> insight)
    {
        insight.Property(i => i.Text).HasMaxLength(Limits.Summary);
        insight.HasIndex(i => i.InterviewId);
    }
}
