using ContentHub.Data.Hubs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentHub.Data.KnowledgeBase;

internal sealed class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> revision)
    {
        revision.HasKey(r => r.Sequence);
        revision.Property(r => r.Sequence).ValueGeneratedOnAdd();
        revision.Property(r => r.Title).HasMaxLength(Limits.Title);
        revision.Property(r => r.Body).HasMaxLength(Limits.ArticleBody);
        revision.Property(r => r.Status).HasConversion<string>().HasMaxLength(Limits.Enum);
        revision.HasOne<Hub>().WithMany().HasForeignKey(r => r.HubId);
        revision.HasOne(r => r.Article).WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        revision.HasIndex(r => new { r.ArticleId, r.Version }).IsUnique();
        revision.HasIndex(r => new { r.HubId, r.Sequence });
    }
}
