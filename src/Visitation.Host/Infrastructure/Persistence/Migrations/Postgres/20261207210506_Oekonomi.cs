using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Visitation.Host.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Oekonomi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "actuals_imports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    KommuneId = table.Column<Guid>(type: "uuid", nullable: false),
                    FilNavn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Maaneder = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Linjer = table.Column<int>(type: "integer", nullable: false),
                    TotalOere = table.Column<long>(type: "bigint", nullable: false),
                    ImporteretAf = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ImporteretAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actuals_imports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_actuals_imports_kommuner_KommuneId",
                        column: x => x.KommuneId,
                        principalTable: "kommuner",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "budget_line_versions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    KommuneId = table.Column<Guid>(type: "uuid", nullable: false),
                    BudgetLineId = table.Column<Guid>(type: "uuid", nullable: false),
                    Aar = table.Column<int>(type: "integer", nullable: false),
                    Politikomraade = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IndsatsType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Antal = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    GennemsnitsprisOere = table.Column<long>(type: "bigint", nullable: false),
                    Fjernet = table.Column<bool>(type: "boolean", nullable: false),
                    AendretAf = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AendretAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_budget_line_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_budget_line_versions_kommuner_KommuneId",
                        column: x => x.KommuneId,
                        principalTable: "kommuner",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "budget_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    KommuneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Aar = table.Column<int>(type: "integer", nullable: false),
                    Politikomraade = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IndsatsType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Antal = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    GennemsnitsprisOere = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    AendretAf = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AendretAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_budget_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_budget_lines_kommuner_KommuneId",
                        column: x => x.KommuneId,
                        principalTable: "kommuner",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "forecast_snapshots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    KommuneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Aar = table.Column<int>(type: "integer", nullable: false),
                    Maaned = table.Column<int>(type: "integer", nullable: false),
                    TagetAt = table.Column<long>(type: "bigint", nullable: false),
                    BudgetOere = table.Column<long>(type: "bigint", nullable: false),
                    FaktiskOere = table.Column<long>(type: "bigint", nullable: false),
                    DisponeretOere = table.Column<long>(type: "bigint", nullable: false),
                    VerserendeOere = table.Column<long>(type: "bigint", nullable: false),
                    NyeSagerOere = table.Column<long>(type: "bigint", nullable: false),
                    PuljeOere = table.Column<long>(type: "bigint", nullable: false),
                    PrognoseOere = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forecast_snapshots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_forecast_snapshots_kommuner_KommuneId",
                        column: x => x.KommuneId,
                        principalTable: "kommuner",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "oekonomi_settings",
                columns: table => new
                {
                    KommuneId = table.Column<Guid>(type: "uuid", nullable: false),
                    BevillingsSandsynlighedPct = table.Column<int>(type: "integer", nullable: false),
                    PuljeOere = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_oekonomi_settings", x => x.KommuneId);
                    table.ForeignKey(
                        name: "FK_oekonomi_settings_kommuner_KommuneId",
                        column: x => x.KommuneId,
                        principalTable: "kommuner",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "actual_lines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    KommuneId = table.Column<Guid>(type: "uuid", nullable: false),
                    ImportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Aar = table.Column<int>(type: "integer", nullable: false),
                    Maaned = table.Column<int>(type: "integer", nullable: false),
                    SagId = table.Column<Guid>(type: "uuid", nullable: false),
                    IndsatsType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    BeloebOere = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actual_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_actual_lines_actuals_imports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "actuals_imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_actual_lines_kommuner_KommuneId",
                        column: x => x.KommuneId,
                        principalTable: "kommuner",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_actual_lines_sager_SagId",
                        column: x => x.SagId,
                        principalTable: "sager",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_actual_lines_ImportId",
                table: "actual_lines",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_actual_lines_KommuneId_Aar_Maaned_IndsatsType",
                table: "actual_lines",
                columns: new[] { "KommuneId", "Aar", "Maaned", "IndsatsType" });

            migrationBuilder.CreateIndex(
                name: "IX_actual_lines_SagId",
                table: "actual_lines",
                column: "SagId");

            migrationBuilder.CreateIndex(
                name: "IX_actuals_imports_KommuneId_ImporteretAt",
                table: "actuals_imports",
                columns: new[] { "KommuneId", "ImporteretAt" });

            migrationBuilder.CreateIndex(
                name: "IX_budget_line_versions_KommuneId_Aar_AendretAt",
                table: "budget_line_versions",
                columns: new[] { "KommuneId", "Aar", "AendretAt" });

            migrationBuilder.CreateIndex(
                name: "IX_budget_lines_KommuneId_Aar_IndsatsType",
                table: "budget_lines",
                columns: new[] { "KommuneId", "Aar", "IndsatsType" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_forecast_snapshots_KommuneId_Aar_Maaned",
                table: "forecast_snapshots",
                columns: new[] { "KommuneId", "Aar", "Maaned" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "actual_lines");

            migrationBuilder.DropTable(
                name: "budget_line_versions");

            migrationBuilder.DropTable(
                name: "budget_lines");

            migrationBuilder.DropTable(
                name: "forecast_snapshots");

            migrationBuilder.DropTable(
                name: "oekonomi_settings");

            migrationBuilder.DropTable(
                name: "actuals_imports");
        }
    }
}
