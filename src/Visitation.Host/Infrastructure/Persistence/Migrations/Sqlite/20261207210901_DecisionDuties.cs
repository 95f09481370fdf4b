using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Visitation.Host.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DecisionDuties : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "pligter",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SagId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndstillingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AfgoerelseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NiveauKode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NiveauNavn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Venter = table.Column<bool>(type: "INTEGER", nullable: false),
                    ModtagereJson = table.Column<string>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    RegelId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PlanVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    OprettetAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Begrundelse = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    BesvaretAf = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BesvaretAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Aarsag = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    BeskedNoegle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BeskedEmne = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    BeskedTekst = table.Column<string>(type: "TEXT", nullable: true),
                    BeskedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pligter", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pligter_indstillinger_IndstillingId",
                        column: x => x.IndstillingId,
                        principalTable: "indstillinger",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_pligter_BeskedNoegle",
                table: "pligter",
                column: "BeskedNoegle",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pligter_IndstillingId",
                table: "pligter",
                column: "IndstillingId");

            migrationBuilder.CreateIndex(
                name: "IX_pligter_KommuneId_State_NiveauKode",
                table: "pligter",
                columns: new[] { "KommuneId", "State", "NiveauKode" });

            migrationBuilder.CreateIndex(
                name: "IX_pligter_SagId",
                table: "pligter",
                column: "SagId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pligter");
        }
    }
}
