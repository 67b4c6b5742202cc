using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContentHub.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RequestStatusCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RequestStatusCounts",
                columns: table => new
                {
                    HubId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestStatusCounts", x => new { x.HubId, x.Status });
                });

            // Kept by the database in the statement that changes a request (RequestStatusCount).
            migrationBuilder.Sql("""
                CREATE TRIGGER HelpRequests_KeepStatusCounts_Insert AFTER INSERT ON HelpRequests
                BEGIN
                    INSERT INTO RequestStatusCounts (HubId, Status, Count) VALUES (NEW.HubId, NEW.Status, 1)
                    ON CONFLICT (HubId, Status) DO UPDATE SET Count = Count + 1;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER HelpRequests_KeepStatusCounts_Delete AFTER DELETE ON HelpRequests
                BEGIN
                    UPDATE RequestStatusCounts SET Count = Count - 1 WHERE HubId = OLD.HubId AND Status = OLD.Status;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER HelpRequests_KeepStatusCounts_Update AFTER UPDATE OF HubId, Status ON HelpRequests
                WHEN OLD.HubId <> NEW.HubId OR OLD.Status <> NEW.Status
                BEGIN
                    UPDATE RequestStatusCounts SET Count = Count - 1 WHERE HubId = OLD.HubId AND Status = OLD.Status;
                    INSERT INTO RequestStatusCounts (HubId, Status, Count) VALUES (NEW.HubId, NEW.Status, 1)
                    ON CONFLICT (HubId, Status) DO UPDATE SET Count = Count + 1;
                END;
                """);
            migrationBuilder.Sql("INSERT INTO RequestStatusCounts (HubId, Status, Count) SELECT HubId, Status, COUNT(*) FROM HelpRequests GROUP BY HubId, Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER HelpRequests_KeepStatusCounts_Insert");
            migrationBuilder.Sql("DROP TRIGGER HelpRequests_KeepStatusCounts_Delete");
            migrationBuilder.Sql("DROP TRIGGER HelpRequests_KeepStatusCounts_Update");
            migrationBuilder.DropTable(
                name: "RequestStatusCounts");
        }
    }
}
