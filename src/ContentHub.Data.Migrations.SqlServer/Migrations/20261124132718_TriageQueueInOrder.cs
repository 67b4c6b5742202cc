using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContentHub.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class TriageQueueInOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_HelpRequests_HubId_PriorityScore",
                table: "HelpRequests");

            migrationBuilder.DropIndex(
                name: "IX_HelpRequests_HubId_Status_PriorityScore_CreatedAt",
                table: "HelpRequests");

            migrationBuilder.CreateIndex(
                name: "IX_HelpRequests_HubId_PriorityScore_CreatedAt_Status",
                table: "HelpRequests",
                columns: new[] { "HubId", "PriorityScore", "CreatedAt", "Status" },
                descending: new[] { false, true, false, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_HelpRequests_HubId_PriorityScore_CreatedAt_Status",
                table: "HelpRequests");

            migrationBuilder.CreateIndex(
                name: "IX_HelpRequests_HubId_PriorityScore",
                table: "HelpRequests",
                columns: new[] { "HubId", "PriorityScore" });

            migrationBuilder.CreateIndex(
                name: "IX_HelpRequests_HubId_Status_PriorityScore_CreatedAt",
                table: "HelpRequests",
                columns: new[] { "HubId", "Status", "PriorityScore", "CreatedAt" });
        }
    }
}
