using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Visitation.Host.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Sagsnumre : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sagsnummer_taellere",
                columns: table => new
                {
                    KommuneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Aar = table.Column<int>(type: "integer", nullable: false),
                    Sidste = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sagsnummer_taellere", x => new { x.KommuneId, x.Aar });
                    table.ForeignKey(
                        name: "FK_sagsnummer_taellere_kommuner_KommuneId",
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
                name: "sagsnummer_taellere");
        }
    }
}
