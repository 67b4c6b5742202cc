using ContentHub.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ContentHub.Data.Tests.Model;

/// <summary>
/// Both SQL Server checks run on a small model that breaks the rules on purpose, so a checker that
/// reads the EF model wrongly (type facets, clustering, delete actions) fails here rather than passing silently.
/// </summary>
public sealed class SqlServerCheckerModelTests
{
    [Fact]
    public void Key_sizes_follow_sql_server_storage_rules()
    {
        var keys = SqlServerIndexKeys.Of(BrokenModel()).ToDictionary(key => key.Name);

        Assert.True(keys["PK_Samples"].IsClustered);
        Assert.False(keys["IX_Samples_Wide"].IsClustered);
        // int 4 + datetimeoffset 10 + decimal(6,3) 5 + nchar(2) 4 + bit 1 + uniqueidentifier 16 + bigint 8 + date 3
        Assert.Equal(51, keys["IX_Samples_Mixed"].Columns.Sum(column => SqlServerColumnSizes.BytesOf(column)));
        Assert.Null(SqlServerIndexKeys.Problem(keys["IX_Samples_Mixed"]));
        Assert.StartsWith("Samples.PK_Samples: 1000 bytes exceeds the 900-byte clustered key limit", SqlServerIndexKeys.Problem(keys["PK_Samples"]));
        Assert.StartsWith("Samples.IX_Samples_Wide: 1800 bytes exceeds the 1700-byte nonclustered", SqlServerIndexKeys.Problem(keys["IX_Samples_Wide"]));
        Assert.Contains("column Notes is nvarchar(max)", SqlServerIndexKeys.Problem(keys["IX_Samples_Notes"]));
        Assert.Equal("Samples.IX_Samples_Body: column Body is nvarchar(10000), but nvarchar holds at most 4000", SqlServerIndexKeys.Problem(keys["IX_Samples_Body"]));
    }

    [Fact]
    public void Only_foreign_keys_with_a_database_delete_action_are_cascade_edges()
    {
        var edges = CascadePaths.EdgesOf(BrokenModel()).Select(edge => edge.ForeignKey).Order();

        // ClientCascade and Restrict become NO ACTION in the database, so SQL Server does not count them.
        Assert.Equal(["FK_Children_Samples_CascadeId", "FK_Children_Samples_SetNullId"], edges);
    }

    private static IRelationalModel BrokenModel()
    {
        using var db = new BrokenContext();
        return db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
    }

    private sealed class Sample
    {
        public required string Code { get; set; }
        public string? Notes { get; set; }
        public string? Body { get; set; }
        public string? A { get; set; }
        public string? B { get; set; }
        public string? C { get; set; }
        public int Number { get; set; }
        public DateTimeOffset At { get; set; }
        public decimal Score { get; set; }
        public string? Country { get; set; }
        public bool Flag { get; set; }
        public Guid Uid { get; set; }
        public long Big { get; set; }
        public DateOnly Day { get; set; }
    }

    private sealed class Child
    {
        public int Id { get; set; }
        public required string CascadeId { get; set; }
        public string? SetNullId { get; set; }
        public required string ClientCascadeId { get; set; }
        public required string RestrictId { get; set; }
    }

    private sealed class BrokenContext : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder options) => options.UseSqlServer(TestDatabases.SqlServerConnectionString);

        protected override void OnModelCreating(ModelBuilder model)
        {
            model.Entity<Sample>(sample =>
            {
                sample.ToTable("Samples");
                sample.HasKey(s => s.Code);
                sample.Property(s => s.Code).HasMaxLength(500);
                // Unsized indexed strings become nvarchar(450), so (max) has to be asked for.
                sample.Property(s => s.Notes).HasColumnType("nvarchar(max)");
                sample.HasIndex(s => s.Notes).HasDatabaseName("IX_Samples_Notes");
                // Not indexed this would become nvarchar(max); indexed, EF keeps the length SQL Server refuses.
                sample.Property(s => s.Body).HasMaxLength(10_000);
                sample.HasIndex(s => s.Body).HasDatabaseName("IX_Samples_Body");
                sample.Property(s => s.A).HasMaxLength(300);
                sample.Property(s => s.B).HasMaxLength(300);
                sample.Property(s => s.C).HasMaxLength(300);
                sample.HasIndex(s => new { s.A, s.B, s.C }).HasDatabaseName("IX_Samples_Wide");
                sample.Property(s => s.Score).HasPrecision(6, 3);
                sample.Property(s => s.Country).HasMaxLength(2).IsFixedLength();
                sample.HasIndex(s => new { s.Number, s.At, s.Score, s.Country, s.Flag, s.Uid, s.Big, s.Day }).HasDatabaseName("IX_Samples_Mixed");
            });
            model.Entity<Child>(child =>
            {
                child.ToTable("Children");
                child.HasOne<Sample>().WithMany().HasForeignKey(c => c.CascadeId).OnDelete(DeleteBehavior.Cascade);
                child.HasOne<Sample>().WithMany().HasForeignKey(c => c.SetNullId).OnDelete(DeleteBehavior.SetNull);
                child.HasOne<Sample>().WithMany().HasForeignKey(c => c.ClientCascadeId).OnDelete(DeleteBehavior.ClientCascade);
                child.HasOne<Sample>().WithMany().HasForeignKey(c => c.RestrictId).OnDelete(DeleteBehavior.Restrict);
            });
        }
    }
}
