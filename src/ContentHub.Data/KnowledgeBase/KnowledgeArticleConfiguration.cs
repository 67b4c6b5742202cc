using ContentHub.Data.Hubs;
using ContentHub.Data.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentHub.Data.KnowledgeBase;

internal sealed class KnowledgeArticleConfiguration : IEntityTypeConfiguration<KnowledgeArticle>
{
    public void Configure(EntityTypeBuilder<KnowledgeArticle> article)
    {
        article.HasOne<Hub>().WithMany().HasForeignKey(a => a.HubId);
        article.Property(a => a.Key).HasMaxLength(Limits.Key);
        article.HasIndex(a => new { a.HubId, a.Key }).IsUnique();
        article.Property(a => a.Title).HasMaxLength(Limits.Title);
        article.Property(a => a.Body).HasMaxLength(Limits.ArticleBody);
        article.Property(a => a.Language).HasMaxLength(Limits.LanguageCode);
        article.Property(a => a.Status).HasConversion<string>().HasMaxLength(Limits.Enum);
        article.Property(a => a.Version).IsConcurrencyToken();
        article.HasIndex(a => new { a.HubId, a.Status, a.Language });
        article.HasIndex(a => new { a.HubId, a.UpdatedAt });
        article.HasMany(a => a.SourceCases).WithMany().UsingEntity(
            "KnowledgeArticleSourceCase",
            l => l.HasOne(typeof(HelpRequest)).WithMany().HasForeignKey("HelpRequestId"),
            r => r.HasOne(typeof(KnowledgeArticle)).WithMany().HasForeignKey("KnowledgeArticleId").OnDelete(DeleteBehavior.Cascade),
            j => j.HasIndex("HelpRequestId"));
    }
}
