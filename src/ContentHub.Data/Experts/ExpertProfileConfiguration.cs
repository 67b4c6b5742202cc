using ContentHub.Data.Hubs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentHub.Data.Experts;

internal sealed class ExpertProfileConfiguration : IEntityTypeConfiguration<ExpertProfile>
{
    public void Configure(EntityTypeBuilder<ExpertProfile> expert)
    {
        expert.HasOne<Hub>().WithMany().HasForeignKey(e => e.HubId);
        expert.HasOne(e => e.Person).WithMany().HasForeignKey(e => e.PersonId);
        expert.HasIndex(e => new { e.HubId, e.PersonId }).IsUnique();
        expert.HasIndex(e => new { e.HubId, e.Kind });
        expert.Property(e => e.Kind).HasConversion<string>().HasMaxLength(Limits.Enum);
        expert.Property(e => e.HomeOrganisation).HasMaxLength(Limits.Name);
        expert.Property(e => e.Bio).HasMaxLength(Limits.Summary);
        expert.HasMany(e => e.Skills).WithOne().HasForeignKey(s => s.ExpertProfileId);
    }
}

internal sealed class ExpertSkillConfiguration : IEntityTypeConfiguration<ExpertSkill>
{
    public void Configure(EntityTypeBuilder<ExpertSkill> skill)
    {
        skill.HasKey(s => new { s.ExpertProfileId, s.SkillId });
        skill.HasIndex(s => s.SkillId);
        // Skills are taxonomy rows of the same hub; deleting one must not silently strip profiles.
        skill.HasOne(s => s.Skill).WithMany().HasForeignKey(s => s.SkillId).OnDelete(DeleteBehavior.Restrict);
        skill.Property(s => s.Level).HasConversion<string>().HasMaxLength(Limits.Enum);
    }
}
