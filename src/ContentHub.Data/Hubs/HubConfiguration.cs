using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentHub.Data.Hubs;

internal sealed class HubConfiguration : IEntityTypeConfiguration<Hub>
{
    public void Configure(EntityTypeBuilder<Hub> hub)
    {
        hub.Property(h => h.Slug).HasMaxLength(Limits.Key);
        hub.HasIndex(h => h.Slug).IsUnique();
        hub.Property(h => h.Name).HasMaxLength(Limits.Name);
        hub.Property(h => h.Description).HasMaxLength(Limits.Summary);
        hub.Property(h => h.DefaultLanguage).HasMaxLength(Limits.LanguageCode);
        hub.OwnsOne(h => h.Matching, matching => matching.ToTable("HubMatchingPolicies"));
        hub.Navigation(h => h.Matching).IsRequired();
    }
}
