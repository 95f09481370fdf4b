using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Visitation.Host.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NoegletalIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_work_items_KommuneId_ActivityId_CompletedAt",
                table: "work_items",
                columns: new[] { "KommuneId", "ActivityId", "CompletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_sager_KommuneId_Status_TovholderId",
                table: "sager",
                columns: new[] { "KommuneId", "Status", "TovholderId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_work_items_KommuneId_ActivityId_CompletedAt",
                table: "work_items");

            migrationBuilder.DropIndex(
                name: "IX_sager_KommuneId_Status_TovholderId",
                table: "sager");
        }
    }
}
