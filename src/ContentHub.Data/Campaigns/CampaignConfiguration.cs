using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentHub.Data.Campaigns;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> campaign)
    {
        campaign.Property(c => c.Key).HasMaxLength(Limits.Key);
        campaign.HasIndex(c => c.Key).IsUnique();
        campaign.Property(c => c.Name).HasMaxLength(Limits.Name);
        campaign.Property(c => c.Description).HasMaxLength(Limits.Summary);
        campaign.Property(c => c.Website).HasMaxLength(Limits.Url);
    }
}
