using ContentHub.Data.Hubs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentHub.Data.Taxonomy;

internal sealed class HelpTypeConfiguration : IEntityTypeConfiguration<HelpType>
{
    public void Configure(EntityTypeBuilder<HelpType> helpType)
    {
        helpType.Property(t => t.Key).HasMaxLength(Limits.Key);
        helpType.HasIndex(t => new { t.HubId, t.Key }).IsUnique();
        helpType.Property(t => t.Name).HasMaxLength(Limits.Name);
        helpType.Property(t => t.Description).HasMaxLength(Limits.Summary);
        helpType.HasOne<Hub>().WithMany().HasForeignKey(t => t.HubId);
        // Restrict both ways: removing a skill or help type must not silently change what matching weighs.
        helpType.HasMany(t => t.Skills).WithMany().UsingEntity(
            "HelpTypeSkills",
            right => right.HasOne(typeof(Skill)).WithMany().HasForeignKey("SkillId").OnDelete(DeleteBehavior.Restrict),
            left => left.HasOne(typeof(HelpType)).WithMany().HasForeignKey("HelpTypeId").OnDelete(DeleteBehavior.Restrict));
    }
}

internal sealed class SkillConfiguration : IEntityTypeConfiguration<Skill>
{
    public void Configure(EntityTypeBuilder<Skill> skill)
    {
        skill.Property(s => s.Key).HasMaxLength(Limits.Key);
        skill.HasIndex(s => new { s.HubId, s.Key }).IsUnique();
        skill.Property(s => s.Name).HasMaxLength(Limits.Name);
        skill.Property(s => s.Description).HasMaxLength(Limits.Summary);
        skill.HasOne<Hub>().WithMany().HasForeignKey(s => s.HubId);
    }
}
