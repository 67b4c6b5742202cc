using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContentHub.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class TriageQueueIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_HelpRequests_HubId_Status_PriorityScore_CreatedAt",
                table: "HelpRequests",
                columns: new[] { "HubId", "Status", "PriorityScore", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_HelpRequests_HubId_Status_PriorityScore_CreatedAt",
                table: "HelpRequests");
        }
    }
}
