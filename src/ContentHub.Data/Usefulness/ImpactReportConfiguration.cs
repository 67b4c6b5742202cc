using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentHub.Data.Usefulness;

internal sealed class ImpactReportConfiguration : IEntityTypeConfiguration<ImpactReport>
{
    public void Configure(EntityTypeBuilder<ImpactReport> report)
    {
        report.Property(r => r.Source).HasMaxLength(Limits.Name);
        report.Property(r => r.SourceUrl).HasMaxLength(Limits.Url);
        report.Property(r => r.Note).HasMaxLength(Limits.Summary);
        // Restrict: impact is history; a case with recorded impact is not deleted silently.
        report.HasOne(r => r.HelpRequest).WithMany().HasForeignKey(r => r.HelpRequestId).OnDelete(DeleteBehavior.Restrict);
        report.HasOne(r => r.RecordedBy).WithMany().HasForeignKey(r => r.RecordedById).OnDelete(DeleteBehavior.Restrict);
        report.HasIndex(r => r.RecordedById);
        // The latest report of a case is the one with the highest Id.
        report.HasIndex(r => new { r.HelpRequestId, r.Id });
    }
}
