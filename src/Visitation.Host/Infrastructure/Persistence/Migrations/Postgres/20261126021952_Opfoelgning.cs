using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Visitation.Host.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Opfoelgning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "kadence_regler",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    KommuneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Omfang = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Noegle = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TrinJson = table.Column<string>(type: "text", nullable: false),
                    Begrundelse = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    AendretAt = table.Column<long>(type: "bigint", nullable: false),
                    AendretAf = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kadence_regler", x => x.Id);
                    table.ForeignKey(
                        name: "FK_kadence_regler_kommuner_KommuneId",
                        column: x => x.KommuneId,
                        principalTable: "kommuner",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "opfoelgning_planer",
                columns: table => new
                {
                    InstanceId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    KommuneId = table.Column<Guid>(type: "uuid", nullable: false),
                    SagId = table.Column<Guid>(type: "uuid", nullable: false),
                    BevillingId = table.Column<Guid>(type: "uuid", nullable: true),
                    IndsatsType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    Gennemfoert = table.Column<int>(type: "integer", nullable: false),
                    NaesteFrist = table.Column<long>(type: "bigint", nullable: false),
                    Kadence = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Kilde = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Forklaring = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    BeregnetAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opfoelgning_planer", x => x.InstanceId);
                    table.ForeignKey(
                        name: "FK_opfoelgning_planer_sager_SagId",
                        column: x => x.SagId,
                        principalTable: "sager",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "opfoelgninger",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    KommuneId = table.Column<Guid>(type: "uuid", nullable: false),
                    SagId = table.Column<Guid>(type: "uuid", nullable: false),
                    BevillingId = table.Column<Guid>(type: "uuid", nullable: true),
                    InstanceId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Nummer = table.Column<int>(type: "integer", nullable: false),
                    Udfald = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Noter = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Maalopfyldelse = table.Column<int>(type: "integer", nullable: true),
                    Ors = table.Column<decimal>(type: "numeric(4,1)", precision: 4, scale: 1, nullable: true),
                    RegistreretAt = table.Column<long>(type: "bigint", nullable: false),
                    RegistreretAf = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opfoelgninger", x => x.Id);
                    table.ForeignKey(
                        name: "FK_opfoelgninger_sager_SagId",
                        column: x => x.SagId,
                        principalTable: "sager",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_kadence_regler_KommuneId_Omfang_Noegle",
                table: "kadence_regler",
                columns: new[] { "KommuneId", "Omfang", "Noegle" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_opfoelgning_planer_KommuneId_NaesteFrist",
                table: "opfoelgning_planer",
                columns: new[] { "KommuneId", "NaesteFrist" });

            migrationBuilder.CreateIndex(
                name: "IX_opfoelgning_planer_KommuneId_SagId",
                table: "opfoelgning_planer",
                columns: new[] { "KommuneId", "SagId" });

            migrationBuilder.CreateIndex(
                name: "IX_opfoelgning_planer_SagId",
                table: "opfoelgning_planer",
                column: "SagId");

            migrationBuilder.CreateIndex(
                name: "IX_opfoelgninger_InstanceId_Nummer",
                table: "opfoelgninger",
                columns: new[] { "InstanceId", "Nummer" });

            migrationBuilder.CreateIndex(
                name: "IX_opfoelgninger_KommuneId_SagId",
                table: "opfoelgninger",
                columns: new[] { "KommuneId", "SagId" });

            migrationBuilder.CreateIndex(
                name: "IX_opfoelgninger_SagId",
                table: "opfoelgninger",
                column: "SagId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "kadence_regler");

            migrationBuilder.DropTable(
                name: "opfoelgning_planer");

            migrationBuilder.DropTable(
                name: "opfoelgninger");
        }
    }
}
