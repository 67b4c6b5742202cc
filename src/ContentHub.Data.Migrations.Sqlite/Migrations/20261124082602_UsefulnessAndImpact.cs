using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContentHub.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class UsefulnessAndImpact : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Existing cases have no structured plan yet: UNKNOWN, which the usefulness assessment reports.
            migrationBuilder.AddColumn<string>(
                name: "IntendedUses",
                table: "HelpRequests",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "LicenceStatus",
                table: "HelpRequests",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Unknown");

            migrationBuilder.AddColumn<string>(
                name: "MetadataQuality",
                table: "HelpRequests",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Unknown");

            migrationBuilder.CreateTable(
                name: "ImpactReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HelpRequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    FilesUploaded = table.Column<int>(type: "INTEGER", nullable: false),
                    FilesUsedOnWikiPages = table.Column<int>(type: "INTEGER", nullable: false),
                    WikidataItemsCreated = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedById = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImpactReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImpactReports_HelpRequests_HelpRequestId",
                        column: x => x.HelpRequestId,
                        principalTable: "HelpRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ImpactReports_People_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ImpactReports_HelpRequestId_Id",
                table: "ImpactReports",
                columns: new[] { "HelpRequestId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ImpactReports_RecordedById",
                table: "ImpactReports",
                column: "RecordedById");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImpactReports");

            migrationBuilder.DropColumn(
                name: "IntendedUses",
                table: "HelpRequests");

            migrationBuilder.DropColumn(
                name: "LicenceStatus",
                table: "HelpRequests");

            migrationBuilder.DropColumn(
                name: "MetadataQuality",
                table: "HelpRequests");
        }
    }
}
