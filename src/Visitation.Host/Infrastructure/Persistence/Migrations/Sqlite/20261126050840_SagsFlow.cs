using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Visitation.Host.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SagsFlow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sag_flow_settings",
                columns: table => new
                {
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DefinitionId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    AendretAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AendretAf = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sag_flow_settings", x => x.KommuneId);
                    table.ForeignKey(
                        name: "FK_sag_flow_settings_kommuner_KommuneId",
                        column: x => x.KommuneId,
                        principalTable: "kommuner",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sag_flow_settings");
        }
    }
}
