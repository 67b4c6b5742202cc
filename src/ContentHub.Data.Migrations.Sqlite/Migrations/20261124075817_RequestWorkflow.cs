using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContentHub.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RequestWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FirstReplyDueDays",
                table: "Hubs",
                type: "INTEGER",
                nullable: false,
                defaultValue: 3); // the default a new hub gets

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "HelpRequests",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_HelpRequests_HubId_RequesterId_IdempotencyKey",
                table: "HelpRequests",
                columns: new[] { "HubId", "RequesterId", "IdempotencyKey" },
                unique: true,
                filter: "IdempotencyKey IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_HelpRequests_HubId_RequesterId_IdempotencyKey",
                table: "HelpRequests");

            migrationBuilder.DropColumn(
                name: "FirstReplyDueDays",
                table: "Hubs");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "HelpRequests");
        }
    }
}
