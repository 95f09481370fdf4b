using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Visitation.Host.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReadPathIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_sager_KommuneId_Id",
                table: "sager",
                columns: new[] { "KommuneId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_sager_KommuneId_SoeskendeGruppeId_OprettetAt",
                table: "sager",
                columns: new[] { "KommuneId", "SoeskendeGruppeId", "OprettetAt" });

            migrationBuilder.CreateIndex(
                name: "IX_sager_KommuneId_TovholderId_OprettetAt",
                table: "sager",
                columns: new[] { "KommuneId", "TovholderId", "OprettetAt" });

            migrationBuilder.CreateIndex(
                name: "IX_indstillinger_KommuneId_SagId",
                table: "indstillinger",
                columns: new[] { "KommuneId", "SagId" });

            migrationBuilder.CreateIndex(
                name: "IX_agenda_items_KommuneId_MeetingId",
                table: "agenda_items",
                columns: new[] { "KommuneId", "MeetingId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_sager_KommuneId_Id",
                table: "sager");

            migrationBuilder.DropIndex(
                name: "IX_sager_KommuneId_SoeskendeGruppeId_OprettetAt",
                table: "sager");

            migrationBuilder.DropIndex(
                name: "IX_sager_KommuneId_TovholderId_OprettetAt",
                table: "sager");

            migrationBuilder.DropIndex(
                name: "IX_indstillinger_KommuneId_SagId",
                table: "indstillinger");

            migrationBuilder.DropIndex(
                name: "IX_agenda_items_KommuneId_MeetingId",
                table: "agenda_items");
        }
    }
}
