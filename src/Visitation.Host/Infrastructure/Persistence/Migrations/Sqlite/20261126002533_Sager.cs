using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Visitation.Host.Infrastructure.Persistence;

#nullable disable

namespace Visitation.Host.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Sager : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_trail",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SagId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IsRead = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_trail", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sager",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sagsnummer = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    BarnNavn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Cpr = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    Foedselsdato = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Ufoedt = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TovholderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OverdragesTilId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SoeskendeGruppeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WorkflowInstanceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OprettetAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OprettetAf = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sager", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sager_kommuner_KommuneId",
                        column: x => x.KommuneId,
                        principalTable: "kommuner",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_sager_users_OverdragesTilId",
                        column: x => x.OverdragesTilId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_sager_users_TovholderId",
                        column: x => x.TovholderId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "indstillinger",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SagId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Behov = table.Column<string>(type: "TEXT", nullable: false),
                    IndsatsType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IndsatsUndertype = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Lovgrundlag = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Leverandoer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeverandoerType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    LeverandoerFinansiering = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Omfang = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Enhed = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EnhedsprisOere = table.Column<long>(type: "INTEGER", nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ForventetSlut = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UdgiftIAarOere = table.Column<long>(type: "INTEGER", nullable: false),
                    UdgiftIAltOere = table.Column<long>(type: "INTEGER", nullable: false),
                    MaalJson = table.Column<string>(type: "TEXT", nullable: false),
                    Opfoelgning = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Alternativer = table.Column<string>(type: "TEXT", nullable: true),
                    Samtykke = table.Column<bool>(type: "INTEGER", nullable: true),
                    PorteJson = table.Column<string>(type: "TEXT", nullable: false),
                    IndstilletAf = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IndstilletAfId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OprettetAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IndsendtAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NiveauKode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    NiveauNavn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    NiveauType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    RegelId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PlanVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    EgenKompetence = table.Column<bool>(type: "INTEGER", nullable: false),
                    TilbagesendtFor = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indstillinger", x => x.Id);
                    table.ForeignKey(
                        name: "FK_indstillinger_sager_SagId",
                        column: x => x.SagId,
                        principalTable: "sager",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sag_dokumenter",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SagId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnderretningId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Titel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FilNavn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Stoerrelse = table.Column<long>(type: "INTEGER", nullable: false),
                    Indhold = table.Column<byte[]>(type: "BLOB", nullable: false),
                    TilfoejetAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TilfoejetAf = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sag_dokumenter", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sag_dokumenter_sager_SagId",
                        column: x => x.SagId,
                        principalTable: "sager",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sag_myndighedsindehavere",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SagId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Navn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Relation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Kontakt = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sag_myndighedsindehavere", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sag_myndighedsindehavere_sager_SagId",
                        column: x => x.SagId,
                        principalTable: "sager",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "underretninger",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SagId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModtagelsesId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnderretterType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UnderretterNavn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UnderretterOrganisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UnderretterKontakt = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ModtagetAt = table.Column<long>(type: "INTEGER", nullable: false),
                    BekendtAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Indhold = table.Column<string>(type: "TEXT", nullable: false),
                    Genvurdering = table.Column<bool>(type: "INTEGER", nullable: false),
                    RegistreretAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RegistreretAf = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_underretninger", x => x.Id);
                    table.ForeignKey(
                        name: "FK_underretninger_sager_SagId",
                        column: x => x.SagId,
                        principalTable: "sager",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "undersoegelser",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SagId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BekendtAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FristAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SektionerJson = table.Column<string>(type: "TEXT", nullable: false),
                    OpdateretAt = table.Column<long>(type: "INTEGER", nullable: false),
                    OpdateretAf = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_undersoegelser", x => x.Id);
                    table.ForeignKey(
                        name: "FK_undersoegelser_sager_SagId",
                        column: x => x.SagId,
                        principalTable: "sager",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "afgoerelser",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SagId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndstillingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Udfald = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Begrundelse = table.Column<string>(type: "TEXT", nullable: false),
                    Aendring = table.Column<string>(type: "TEXT", nullable: true),
                    AendretOmfang = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Undersoeg = table.Column<string>(type: "TEXT", nullable: true),
                    NiveauKode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NiveauNavn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RegelId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PlanVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    AfgjortAf = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StedfortraederFor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AfgjortAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_afgoerelser", x => x.Id);
                    table.ForeignKey(
                        name: "FK_afgoerelser_indstillinger_IndstillingId",
                        column: x => x.IndstillingId,
                        principalTable: "indstillinger",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_afgoerelser_IndstillingId",
                table: "afgoerelser",
                column: "IndstillingId");

            migrationBuilder.CreateIndex(
                name: "IX_afgoerelser_SagId",
                table: "afgoerelser",
                column: "SagId");

            migrationBuilder.CreateIndex(
                name: "IX_audit_trail_SagId_Id",
                table: "audit_trail",
                columns: new[] { "SagId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_indstillinger_KommuneId_Status_NiveauKode",
                table: "indstillinger",
                columns: new[] { "KommuneId", "Status", "NiveauKode" });

            migrationBuilder.CreateIndex(
                name: "IX_indstillinger_SagId",
                table: "indstillinger",
                column: "SagId");

            migrationBuilder.CreateIndex(
                name: "IX_sag_dokumenter_SagId",
                table: "sag_dokumenter",
                column: "SagId");

            migrationBuilder.CreateIndex(
                name: "IX_sag_myndighedsindehavere_SagId",
                table: "sag_myndighedsindehavere",
                column: "SagId");

            migrationBuilder.CreateIndex(
                name: "IX_sager_KommuneId_Cpr",
                table: "sager",
                columns: new[] { "KommuneId", "Cpr" });

            migrationBuilder.CreateIndex(
                name: "IX_sager_KommuneId_OprettetAt",
                table: "sager",
                columns: new[] { "KommuneId", "OprettetAt" });

            migrationBuilder.CreateIndex(
                name: "IX_sager_KommuneId_Sagsnummer",
                table: "sager",
                columns: new[] { "KommuneId", "Sagsnummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sager_OverdragesTilId",
                table: "sager",
                column: "OverdragesTilId");

            migrationBuilder.CreateIndex(
                name: "IX_sager_SoeskendeGruppeId",
                table: "sager",
                column: "SoeskendeGruppeId");

            migrationBuilder.CreateIndex(
                name: "IX_sager_TovholderId",
                table: "sager",
                column: "TovholderId");

            migrationBuilder.CreateIndex(
                name: "IX_underretninger_KommuneId_ModtagetAt",
                table: "underretninger",
                columns: new[] { "KommuneId", "ModtagetAt" });

            migrationBuilder.CreateIndex(
                name: "IX_underretninger_SagId",
                table: "underretninger",
                column: "SagId");

            migrationBuilder.CreateIndex(
                name: "IX_undersoegelser_KommuneId_FristAt",
                table: "undersoegelser",
                columns: new[] { "KommuneId", "FristAt" });

            migrationBuilder.CreateIndex(
                name: "IX_undersoegelser_SagId",
                table: "undersoegelser",
                column: "SagId",
                unique: true);
            migrationBuilder.Sql(AuditTrailGuards.Sqlite);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(AuditTrailGuards.SqliteDrop);

            migrationBuilder.DropTable(
                name: "afgoerelser");

            migrationBuilder.DropTable(
                name: "audit_trail");

            migrationBuilder.DropTable(
                name: "sag_dokumenter");

            migrationBuilder.DropTable(
                name: "sag_myndighedsindehavere");

            migrationBuilder.DropTable(
                name: "underretninger");

            migrationBuilder.DropTable(
                name: "undersoegelser");

            migrationBuilder.DropTable(
                name: "indstillinger");

            migrationBuilder.DropTable(
                name: "sager");
        }
    }
}
