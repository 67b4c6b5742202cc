using ContentHub.Data.Hubs;
using ContentHub.Data.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentHub.Data.Committee;

internal sealed class ExpertCommitteeConfiguration : IEntityTypeConfiguration<ExpertCommittee>
{
    public void Configure(EntityTypeBuilder<ExpertCommittee> committee)
    {
        committee.ToTable("Committees");
        committee.HasOne<Hub>().WithMany().HasForeignKey(c => c.HubId);
        committee.HasIndex(c => c.HubId);
        committee.Property(c => c.Name).HasMaxLength(Limits.Name);
        committee.Property(c => c.Description).HasMaxLength(Limits.Summary);
        committee.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.CommitteeId).OnDelete(DeleteBehavior.Cascade);
        committee.HasMany(c => c.Criteria).WithOne().HasForeignKey(c => c.CommitteeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CommitteeMemberConfiguration : IEntityTypeConfiguration<CommitteeMember>
{
    public void Configure(EntityTypeBuilder<CommitteeMember> member)
    {
        member.HasKey(m => new { m.CommitteeId, m.PersonId });
        member.Property(m => m.Role).HasConversion<string>().HasMaxLength(Limits.Enum);
        member.HasOne(m => m.Person).WithMany().HasForeignKey(m => m.PersonId);
        member.HasOne(m => m.Affiliate).WithMany().HasForeignKey(m => m.AffiliateId);
        member.HasIndex(m => m.PersonId);
        member.HasIndex(m => m.AffiliateId);
    }
}

internal sealed class PrioritisationCriterionConfiguration : IEntityTypeConfiguration<PrioritisationCriterion>
{
    public void Configure(EntityTypeBuilder<PrioritisationCriterion> criterion)
    {
        criterion.Property(c => c.Key).HasMaxLength(Limits.Key);
        criterion.HasIndex(c => new { c.CriteriaVersionId, c.Key }).IsUnique();
        criterion.HasIndex(c => c.CommitteeId);
        criterion.HasOne(c => c.CriteriaVersion).WithMany(v => v.Criteria).HasForeignKey(c => c.CriteriaVersionId).OnDelete(DeleteBehavior.Restrict);
        criterion.Property(c => c.Name).HasMaxLength(Limits.Name);
        criterion.Property(c => c.Description).HasMaxLength(Limits.Summary);
        criterion.Property(c => c.Weight).HasPrecision(5, 4);
        criterion.Property(c => c.Direction).HasConversion<string>().HasMaxLength(Limits.Enum);
    }
}

internal sealed class PriorityAssessmentConfiguration : IEntityTypeConfiguration<PriorityAssessment>
{
    public void Configure(EntityTypeBuilder<PriorityAssessment> assessment)
    {
        assessment.Property(a => a.Comment).HasMaxLength(Limits.Comment);
        assessment.HasOne<ExpertCommittee>().WithMany().HasForeignKey(a => a.CommitteeId).OnDelete(DeleteBehavior.Cascade);
        assessment.HasOne<HelpRequest>().WithMany().HasForeignKey(a => a.HelpRequestId).OnDelete(DeleteBehavior.Cascade);
        assessment.HasOne(a => a.Member).WithMany().HasForeignKey(a => a.MemberId);
        assessment.HasOne<AgendaItem>().WithMany(i => i.Assessments).HasForeignKey(a => a.AgendaItemId).OnDelete(DeleteBehavior.Restrict);
        // One assessment per member and agenda item: scoring again replaces it.
        assessment.HasIndex(a => new { a.AgendaItemId, a.MemberId }).IsUnique();
        assessment.HasIndex(a => a.CommitteeId);
        assessment.HasIndex(a => a.HelpRequestId);
        assessment.HasIndex(a => a.MemberId);
        assessment.HasMany(a => a.Scores).WithOne().HasForeignKey(s => s.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CriterionScoreConfiguration : IEntityTypeConfiguration<CriterionScore>
{
    public void Configure(EntityTypeBuilder<CriterionScore> score)
    {
        score.HasKey(s => new { s.AssessmentId, s.CriterionId });
        score.HasOne(s => s.Criterion).WithMany().HasForeignKey(s => s.CriterionId);
        score.HasIndex(s => s.CriterionId);
        score.ToTable(t => t.HasCheckConstraint("CK_CriterionScores_Score", "\"Score\" BETWEEN 1 AND 5"));
    }
}
