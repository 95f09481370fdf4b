using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Visitation.Host.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SimulatorExamples : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "simulator_examples",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Measure = table.Column<string>(type: "TEXT", nullable: false),
                    Submitter = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SavedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SavedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_simulator_examples", x => x.Id);
                    table.ForeignKey(
                        name: "FK_simulator_examples_kommuner_KommuneId",
                        column: x => x.KommuneId,
                        principalTable: "kommuner",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_simulator_examples_KommuneId_SavedAt",
                table: "simulator_examples",
                columns: new[] { "KommuneId", "SavedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "simulator_examples");
        }
    }
}
