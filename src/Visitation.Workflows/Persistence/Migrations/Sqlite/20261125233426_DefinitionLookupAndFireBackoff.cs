using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Visitation.Workflows.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DefinitionLookupAndFireBackoff : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_definitions_TenantId_DefinitionId_State",
                table: "wf_definitions");

            migrationBuilder.AddColumn<int>(
                name: "FireAttempts",
                table: "wf_triggers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "FireAttempts",
                table: "wf_bookmarks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_wf_definitions_EffectiveVersion",
                table: "wf_definitions",
                columns: new[] { "TenantId", "DefinitionId", "State", "EffectiveFrom", "Version" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_definitions_EffectiveVersion",
                table: "wf_definitions");

            migrationBuilder.DropColumn(
                name: "FireAttempts",
                table: "wf_triggers");

            migrationBuilder.DropColumn(
                name: "FireAttempts",
                table: "wf_bookmarks");

            migrationBuilder.CreateIndex(
                name: "IX_wf_definitions_TenantId_DefinitionId_State",
                table: "wf_definitions",
                columns: new[] { "TenantId", "DefinitionId", "State" });
        }
    }
}
