using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Visitation.Workflows.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SchedulerIndexByTenant : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_wf_triggers_TenantId_DueAt",
                table: "wf_triggers",
                columns: new[] { "TenantId", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_bookmarks_TenantId_DueAt",
                table: "wf_bookmarks",
                columns: new[] { "TenantId", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_triggers_TenantId_DueAt",
                table: "wf_triggers");

            migrationBuilder.DropIndex(
                name: "IX_wf_bookmarks_TenantId_DueAt",
                table: "wf_bookmarks");
        }
    }
}
