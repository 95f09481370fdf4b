using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Visitation.Host.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NoegletalMaal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "noegletal_maal",
                columns: table => new
                {
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NoegletalId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Maal = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    SatAf = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SatAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_noegletal_maal", x => new { x.KommuneId, x.NoegletalId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_work_items_KommuneId_ActivityId_CreatedAt",
                table: "work_items",
                columns: new[] { "KommuneId", "ActivityId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_sager_KommuneId_TovholderId_Status",
                table: "sager",
                columns: new[] { "KommuneId", "TovholderId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "noegletal_maal");

            migrationBuilder.DropIndex(
                name: "IX_work_items_KommuneId_ActivityId_CreatedAt",
                table: "work_items");

            migrationBuilder.DropIndex(
                name: "IX_sager_KommuneId_TovholderId_Status",
                table: "sager");
        }
    }
}
