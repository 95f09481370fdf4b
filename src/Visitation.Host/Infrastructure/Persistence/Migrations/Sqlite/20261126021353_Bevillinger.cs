using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Visitation.Host.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Bevillinger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ProviderId",
                table: "users",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "bevilling_settings",
                columns: table => new
                {
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResolverKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ResolverId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UdloebVarselDage = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bevilling_settings", x => x.KommuneId);
                    table.ForeignKey(
                        name: "FK_bevilling_settings_kommuner_KommuneId",
                        column: x => x.KommuneId,
                        principalTable: "kommuner",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "bevillinger",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SagId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndstillingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AfgoerelseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WorkflowInstanceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IndsatsType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IndsatsUndertype = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ProviderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OfferId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LeverandoerNavn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Lovgrundlag = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Omfang = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Enhed = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EnhedsprisOere = table.Column<long>(type: "INTEGER", nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Slut = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Tidsbegraensning = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HandlekommuneKode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    BetalingskommuneKode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    RammePrAarOere = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AfslutningsAarsag = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    BevilgetAf = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BevilgetAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AfsluttetAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UdloebVarsletAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bevillinger", x => x.Id);
                    table.ForeignKey(
                        name: "FK_bevillinger_indstillinger_IndstillingId",
                        column: x => x.IndstillingId,
                        principalTable: "indstillinger",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_bevillinger_providers_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_bevillinger_sager_SagId",
                        column: x => x.SagId,
                        principalTable: "sager",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "bestillinger",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SagId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BevillingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProviderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WorkflowInstanceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BookmarkId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IndsatsType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MaalJson = table.Column<string>(type: "TEXT", nullable: false),
                    Lovgrundlag = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Omfang = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Enhed = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EnhedsprisOere = table.Column<long>(type: "INTEGER", nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Slut = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    KontaktNavn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    KontaktBrugernavn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Begrundelse = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SendtAt = table.Column<long>(type: "INTEGER", nullable: false),
                    BesvaretAt = table.Column<long>(type: "INTEGER", nullable: true),
                    BesvaretAf = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bestillinger", x => x.Id);
                    table.ForeignKey(
                        name: "FK_bestillinger_bevillinger_BevillingId",
                        column: x => x.BevillingId,
                        principalTable: "bevillinger",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_bestillinger_providers_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_bestillinger_BevillingId",
                table: "bestillinger",
                column: "BevillingId");

            migrationBuilder.CreateIndex(
                name: "IX_bestillinger_KommuneId_ProviderId_Status",
                table: "bestillinger",
                columns: new[] { "KommuneId", "ProviderId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_bestillinger_ProviderId",
                table: "bestillinger",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_bestillinger_SagId",
                table: "bestillinger",
                column: "SagId");

            migrationBuilder.CreateIndex(
                name: "IX_bevillinger_IndstillingId",
                table: "bevillinger",
                column: "IndstillingId");

            migrationBuilder.CreateIndex(
                name: "IX_bevillinger_KommuneId_Status_Slut",
                table: "bevillinger",
                columns: new[] { "KommuneId", "Status", "Slut" });

            migrationBuilder.CreateIndex(
                name: "IX_bevillinger_ProviderId",
                table: "bevillinger",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_bevillinger_SagId",
                table: "bevillinger",
                column: "SagId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bestillinger");

            migrationBuilder.DropTable(
                name: "bevilling_settings");

            migrationBuilder.DropTable(
                name: "bevillinger");

            migrationBuilder.DropColumn(
                name: "ProviderId",
                table: "users");
        }
    }
}
