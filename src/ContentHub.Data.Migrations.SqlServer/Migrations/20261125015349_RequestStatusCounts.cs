using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContentHub.Data.Migrations.SqlServer.Migrations
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
                    HubId = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestStatusCounts", x => new { x.HubId, x.Status });
                });

            // Kept by the database in the statement that changes requests (RequestStatusCount): one
            // statement may change many rows, so the trigger nets what left and entered each status.
            // EXEC: CREATE TRIGGER must begin a batch, and the idempotent script puts it inside an IF.
            migrationBuilder.Sql("""
                EXEC(N'CREATE TRIGGER [HelpRequests_KeepStatusCounts] ON [HelpRequests] AFTER INSERT, UPDATE, DELETE AS
                BEGIN
                    SET NOCOUNT ON;
                    MERGE [RequestStatusCounts] WITH (HOLDLOCK) AS [c]
                    USING (
                        SELECT [HubId], [Status], SUM([Delta]) AS [Delta]
                        FROM (SELECT [HubId], [Status], 1 AS [Delta] FROM inserted
                              UNION ALL SELECT [HubId], [Status], -1 FROM deleted) AS [changes]
                        GROUP BY [HubId], [Status]
                        HAVING SUM([Delta]) <> 0) AS [d]
                    ON [c].[HubId] = [d].[HubId] AND [c].[Status] = [d].[Status]
                    WHEN MATCHED THEN UPDATE SET [Count] = [c].[Count] + [d].[Delta]
                    WHEN NOT MATCHED THEN INSERT ([HubId], [Status], [Count]) VALUES ([d].[HubId], [d].[Status], [d].[Delta]);
                END')
                """);
            migrationBuilder.Sql("INSERT INTO [RequestStatusCounts] ([HubId], [Status], [Count]) SELECT [HubId], [Status], COUNT(*) FROM [HelpRequests] GROUP BY [HubId], [Status]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER [HelpRequests_KeepStatusCounts]");
            migrationBuilder.DropTable(
                name: "RequestStatusCounts");
        }
    }
}
