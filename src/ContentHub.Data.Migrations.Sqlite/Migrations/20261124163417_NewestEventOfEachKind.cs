using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContentHub.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class NewestEventOfEachKind : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_HubId_Kind_Sequence",
                table: "CaseEvents",
                columns: new[] { "HubId", "Kind", "Sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseEvents_HubId_Kind_Sequence",
                table: "CaseEvents");
        }
    }
}
