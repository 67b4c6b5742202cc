using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContentHub.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CommitteeMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PriorityAssessments_CommitteeId_HelpRequestId_MemberId",
                table: "PriorityAssessments");

            migrationBuilder.DropIndex(
                name: "IX_PrioritisationCriteria_CommitteeId_Key",
                table: "PrioritisationCriteria");

            migrationBuilder.AddColumn<int>(
                name: "AgendaItemId",
                table: "PriorityAssessments",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "CriteriaVersionId",
                table: "PrioritisationCriteria",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "CriteriaVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CommitteeId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ChangedById = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CriteriaVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CriteriaVersions_Committees_CommitteeId",
                        column: x => x.CommitteeId,
                        principalTable: "Committees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CriteriaVersions_People_ChangedById",
                        column: x => x.ChangedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            // Every existing committee's criteria become its first version, before the new unique index
            // on (CriteriaVersionId, Key) and the foreign key need them to point at one.
            migrationBuilder.Sql("""
                INSERT INTO "CriteriaVersions" ("CommitteeId", "Number", "CreatedAt")
                SELECT "Id", 1, SYSDATETIMEOFFSET() FROM "Committees";
                UPDATE "PrioritisationCriteria" SET "CriteriaVersionId" =
                    (SELECT v."Id" FROM "CriteriaVersions" v WHERE v."CommitteeId" = "PrioritisationCriteria"."CommitteeId" AND v."Number" = 1);
                """);

            migrationBuilder.CreateTable(
                name: "CommitteeMeetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    HubId = table.Column<int>(type: "int", nullable: false),
                    CommitteeId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    CriteriaVersionId = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitteeMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommitteeMeetings_Committees_CommitteeId",
                        column: x => x.CommitteeId,
                        principalTable: "Committees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CommitteeMeetings_CriteriaVersions_CriteriaVersionId",
                        column: x => x.CriteriaVersionId,
                        principalTable: "CriteriaVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CommitteeMeetings_Hubs_HubId",
                        column: x => x.HubId,
                        principalTable: "Hubs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AgendaItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    HubId = table.Column<int>(type: "int", nullable: false),
                    MeetingId = table.Column<int>(type: "int", nullable: false),
                    HelpRequestId = table.Column<int>(type: "int", nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Decision = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Rationale = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    PriorityScore = table.Column<decimal>(type: "decimal(6,3)", precision: 6, scale: 3, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgendaItems_CommitteeMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "CommitteeMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AgendaItems_HelpRequests_HelpRequestId",
                        column: x => x.HelpRequestId,
                        principalTable: "HelpRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AgendaItems_Hubs_HubId",
                        column: x => x.HubId,
                        principalTable: "Hubs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PriorityAssessments_AgendaItemId_MemberId",
                table: "PriorityAssessments",
                columns: new[] { "AgendaItemId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PriorityAssessments_CommitteeId",
                table: "PriorityAssessments",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_PrioritisationCriteria_CommitteeId",
                table: "PrioritisationCriteria",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_PrioritisationCriteria_CriteriaVersionId_Key",
                table: "PrioritisationCriteria",
                columns: new[] { "CriteriaVersionId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_HelpRequestId",
                table: "AgendaItems",
                column: "HelpRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_HubId",
                table: "AgendaItems",
                column: "HubId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_MeetingId_HelpRequestId",
                table: "AgendaItems",
                columns: new[] { "MeetingId", "HelpRequestId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeMeetings_CommitteeId_Date",
                table: "CommitteeMeetings",
                columns: new[] { "CommitteeId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeMeetings_CriteriaVersionId",
                table: "CommitteeMeetings",
                column: "CriteriaVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeMeetings_HubId",
                table: "CommitteeMeetings",
                column: "HubId");

            migrationBuilder.CreateIndex(
                name: "IX_CriteriaVersions_ChangedById",
                table: "CriteriaVersions",
                column: "ChangedById");

            migrationBuilder.CreateIndex(
                name: "IX_CriteriaVersions_CommitteeId_Number",
                table: "CriteriaVersions",
                columns: new[] { "CommitteeId", "Number" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_PrioritisationCriteria_CriteriaVersions_CriteriaVersionId",
                table: "PrioritisationCriteria",
                column: "CriteriaVersionId",
                principalTable: "CriteriaVersions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_PriorityAssessments_AgendaItems_AgendaItemId",
                table: "PriorityAssessments",
                column: "AgendaItemId",
                principalTable: "AgendaItems",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PrioritisationCriteria_CriteriaVersions_CriteriaVersionId",
                table: "PrioritisationCriteria");

            migrationBuilder.DropForeignKey(
                name: "FK_PriorityAssessments_AgendaItems_AgendaItemId",
                table: "PriorityAssessments");

            migrationBuilder.DropTable(
                name: "AgendaItems");

            migrationBuilder.DropTable(
                name: "CommitteeMeetings");

            migrationBuilder.DropTable(
                name: "CriteriaVersions");

            migrationBuilder.DropIndex(
                name: "IX_PriorityAssessments_AgendaItemId_MemberId",
                table: "PriorityAssessments");

            migrationBuilder.DropIndex(
                name: "IX_PriorityAssessments_CommitteeId",
                table: "PriorityAssessments");

            migrationBuilder.DropIndex(
                name: "IX_PrioritisationCriteria_CommitteeId",
                table: "PrioritisationCriteria");

            migrationBuilder.DropIndex(
                name: "IX_PrioritisationCriteria_CriteriaVersionId_Key",
                table: "PrioritisationCriteria");

            migrationBuilder.DropColumn(
                name: "AgendaItemId",
                table: "PriorityAssessments");

            migrationBuilder.DropColumn(
                name: "CriteriaVersionId",
                table: "PrioritisationCriteria");

            migrationBuilder.CreateIndex(
                name: "IX_PriorityAssessments_CommitteeId_HelpRequestId_MemberId",
                table: "PriorityAssessments",
                columns: new[] { "CommitteeId", "HelpRequestId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PrioritisationCriteria_CommitteeId_Key",
                table: "PrioritisationCriteria",
                columns: new[] { "CommitteeId", "Key" },
                unique: true);
        }
    }
}
