using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContentHub.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class LanguageQueueIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_HelpRequests_HubId_Language",
                table: "HelpRequests");

            migrationBuilder.CreateIndex(
                name: "IX_HelpRequests_HubId_Language_CreatedAt",
                table: "HelpRequests",
                columns: new[] { "HubId", "Language", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_HelpRequests_HubId_Language_CreatedAt",
                table: "HelpRequests");

            migrationBuilder.CreateIndex(
                name: "IX_HelpRequests_HubId_Language",
                table: "HelpRequests",
                columns: new[] { "HubId", "Language" });
        }
    }
}
