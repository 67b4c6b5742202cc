using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContentHub.Data.Migrations.SqlServer.Migrations
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
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "LicenceStatus",
                table: "HelpRequests",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Unknown");

            migrationBuilder.AddColumn<string>(
                name: "MetadataQuality",
                table: "HelpRequests",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Unknown");

            migrationBuilder.CreateTable(
                name: "ImpactReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    HelpRequestId = table.Column<int>(type: "int", nullable: false),
                    FilesUploaded = table.Column<int>(type: "int", nullable: false),
                    FilesUsedOnWikiPages = table.Column<int>(type: "int", nullable: false),
                    WikidataItemsCreated = table.Column<int>(type: "int", nullable: false),
                    Source = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RecordedById = table.Column<int>(type: "int", nullable: true),
                    SourceUrl = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
