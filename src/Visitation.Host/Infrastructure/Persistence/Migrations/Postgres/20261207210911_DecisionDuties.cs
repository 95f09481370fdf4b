using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Visitation.Host.Infrastructure.Persistence.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    KommuneId = table.Column<Guid>(type: "uuid", nullable: false),
                    SagId = table.Column<Guid>(type: "uuid", nullable: false),
                    IndstillingId = table.Column<Guid>(type: "uuid", nullable: false),
                    AfgoerelseId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    NiveauKode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    NiveauNavn = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Venter = table.Column<bool>(type: "boolean", nullable: false),
                    ModtagereJson = table.Column<string>(type: "text", nullable: false),
                    State = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    RegelId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PlanVersion = table.Column<int>(type: "integer", nullable: false),
                    OprettetAt = table.Column<long>(type: "bigint", nullable: false),
                    Begrundelse = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    BesvaretAf = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    BesvaretAt = table.Column<long>(type: "bigint", nullable: true),
                    Aarsag = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    BeskedNoegle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    BeskedEmne = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    BeskedTekst = table.Column<string>(type: "text", nullable: true),
                    BeskedAt = table.Column<long>(type: "bigint", nullable: true)
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
