using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentHub.Data.Affiliates;

internal sealed class AffiliateConfiguration : IEntityTypeConfiguration<Affiliate>
{
    public void Configure(EntityTypeBuilder<Affiliate> affiliate)
    {
        affiliate.Property(a => a.Key).HasMaxLength(Limits.Key);
        affiliate.HasIndex(a => a.Key).IsUnique();
        affiliate.Property(a => a.Name).HasMaxLength(Limits.Name);
        affiliate.HasIndex(a => a.Name).IsUnique();
        affiliate.Property(a => a.Kind).HasConversion<string>().HasMaxLength(Limits.Enum);
        affiliate.HasIndex(a => a.Kind);
        affiliate.Property(a => a.CountryCode).HasMaxLength(Limits.CountryCode).IsFixedLength();
        affiliate.HasIndex(a => a.CountryCode);
        affiliate.Property(a => a.Region).HasMaxLength(Limits.Region);
        affiliate.Property(a => a.Website).HasMaxLength(Limits.Url);
    }
}
