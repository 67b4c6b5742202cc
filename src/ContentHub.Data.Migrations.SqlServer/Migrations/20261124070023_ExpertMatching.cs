using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ContentHub.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ExpertMatching : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "EstimatedHours",
                table: "CaseAssignments",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "HelpTypeSkills",
                columns: table => new
                {
                    HelpTypeId = table.Column<int>(type: "int", nullable: false),
                    SkillId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HelpTypeSkills", x => new { x.HelpTypeId, x.SkillId });
                    table.ForeignKey(
                        name: "FK_HelpTypeSkills_HelpTypes_HelpTypeId",
                        column: x => x.HelpTypeId,
                        principalTable: "HelpTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HelpTypeSkills_Skills_SkillId",
                        column: x => x.SkillId,
                        principalTable: "Skills",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HubMatchingPolicies",
                columns: table => new
                {
                    HubId = table.Column<int>(type: "int", nullable: false),
                    TopicWeight = table.Column<double>(type: "float", nullable: false),
                    SkillWeight = table.Column<double>(type: "float", nullable: false),
                    LanguageWeight = table.Column<double>(type: "float", nullable: false),
                    RegionWeight = table.Column<double>(type: "float", nullable: false),
                    ExperienceWeight = table.Column<double>(type: "float", nullable: false),
                    AvailabilityWeight = table.Column<double>(type: "float", nullable: false),
                    InternalPreferenceWeight = table.Column<double>(type: "float", nullable: false),
                    MinimumInternalScore = table.Column<double>(type: "float", nullable: false),
                    DefaultAssignmentHours = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HubMatchingPolicies", x => x.HubId);
                    table.ForeignKey(
                        name: "FK_HubMatchingPolicies_Hubs_HubId",
                        column: x => x.HubId,
                        principalTable: "Hubs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Hubs and assignments from before this migration get the defaults the model gives new ones.
            migrationBuilder.Sql(
                "INSERT INTO HubMatchingPolicies (HubId, TopicWeight, SkillWeight, LanguageWeight, RegionWeight, ExperienceWeight, " +
                "AvailabilityWeight, InternalPreferenceWeight, MinimumInternalScore, DefaultAssignmentHours) " +
                "SELECT Id, 0.40, 0.20, 0.10, 0.05, 0.10, 0.10, 0.05, 0.30, 8 FROM Hubs");
            migrationBuilder.Sql("UPDATE CaseAssignments SET EstimatedHours = 8");

            migrationBuilder.CreateIndex(
                name: "IX_HelpTypeSkills_SkillId",
                table: "HelpTypeSkills",
                column: "SkillId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HelpTypeSkills");

            migrationBuilder.DropTable(
                name: "HubMatchingPolicies");

            migrationBuilder.DropColumn(
                name: "EstimatedHours",
                table: "CaseAssignments");
        }
    }
}
