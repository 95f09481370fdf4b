using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Visitation.Host.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Matchning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "matchning_settings",
                columns: table => new
                {
                    KommuneId = table.Column<Guid>(type: "uuid", nullable: false),
                    BudfristDage = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_matchning_settings", x => x.KommuneId);
                    table.ForeignKey(
                        name: "FK_matchning_settings_kommuner_KommuneId",
                        column: x => x.KommuneId,
                        principalTable: "kommuner",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "matchninger",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    KommuneId = table.Column<Guid>(type: "uuid", nullable: false),
                    SagId = table.Column<Guid>(type: "uuid", nullable: false),
                    IndstillingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Behov = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    IndsatsType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Maalgruppe = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Lovgrundlag = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Omfang = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Enhed = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    Slut = table.Column<DateOnly>(type: "date", nullable: true),
                    Budrunde = table.Column<bool>(type: "boolean", nullable: false),
                    BudFrist = table.Column<long>(type: "bigint", nullable: true),
                    EksterneInviteret = table.Column<bool>(type: "boolean", nullable: false),
                    BevillingId = table.Column<Guid>(type: "uuid", nullable: true),
                    OfferId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProviderNavn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Intern = table.Column<bool>(type: "boolean", nullable: false),
                    EnhedsprisOere = table.Column<long>(type: "bigint", nullable: true),
                    ValgtEnhed = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ValgtMaengde = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Begrundelse = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ValgtAf = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ValgModtagetAfForloeb = table.Column<bool>(type: "boolean", nullable: false),
                    ValgtAt = table.Column<long>(type: "bigint", nullable: true),
                    RammeOere = table.Column<long>(type: "bigint", nullable: true),
                    BesluttetAf = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    BesluttetAt = table.Column<long>(type: "bigint", nullable: true),
                    AfvistBegrundelse = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    OprettetAf = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OprettetAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_matchninger", x => x.Id);
                    table.ForeignKey(
                        name: "FK_matchninger_indstillinger_IndstillingId",
                        column: x => x.IndstillingId,
                        principalTable: "indstillinger",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_matchninger_sager_SagId",
                        column: x => x.SagId,
                        principalTable: "sager",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "matchning_bud",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    KommuneId = table.Column<Guid>(type: "uuid", nullable: false),
                    MatchningId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfferId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProviderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Intern = table.Column<bool>(type: "boolean", nullable: false),
                    Afgivet = table.Column<bool>(type: "boolean", nullable: false),
                    PrisOere = table.Column<long>(type: "bigint", nullable: true),
                    Bemaerkning = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RegistreretAf = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RegistreretAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_matchning_bud", x => x.Id);
                    table.ForeignKey(
                        name: "FK_matchning_bud_matchninger_MatchningId",
                        column: x => x.MatchningId,
                        principalTable: "matchninger",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_matchning_bud_offers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "offers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_matchning_bud_MatchningId_OfferId",
                table: "matchning_bud",
                columns: new[] { "MatchningId", "OfferId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_matchning_bud_OfferId",
                table: "matchning_bud",
                column: "OfferId");

            migrationBuilder.CreateIndex(
                name: "IX_matchninger_IndstillingId",
                table: "matchninger",
                column: "IndstillingId");

            migrationBuilder.CreateIndex(
                name: "IX_matchninger_KommuneId_IndstillingId",
                table: "matchninger",
                columns: new[] { "KommuneId", "IndstillingId" });

            migrationBuilder.CreateIndex(
                name: "IX_matchninger_SagId",
                table: "matchninger",
                column: "SagId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "matchning_bud");

            migrationBuilder.DropTable(
                name: "matchning_settings");

            migrationBuilder.DropTable(
                name: "matchninger");
        }
    }
}
