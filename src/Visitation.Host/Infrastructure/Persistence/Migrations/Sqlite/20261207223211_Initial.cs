using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Visitation.Host.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "administrator_invitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_administrator_invitations", x => x.Id);
                });

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
                    IsRead = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_trail", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "kommuner",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kommuner", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "noegletal_maal",
                columns: table => new
                {
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NoegletalId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Maal = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    SatAf = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SatAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_noegletal_maal", x => new { x.KommuneId, x.NoegletalId });
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    BodyText = table.Column<string>(type: "TEXT", nullable: false),
                    SagId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Link = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbound_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DedupKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RecipientUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecipientAddress = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    BodyText = table.Column<string>(type: "TEXT", nullable: false),
                    SagId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Link = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AttachmentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Attachment = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbound_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "user_administration_log",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_administration_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "actuals_imports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FilNavn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Maaneder = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Linjer = table.Column<int>(type: "INTEGER", nullable: false),
                    TotalOere = table.Column<long>(type: "INTEGER", nullable: false),
                    ImporteretAf = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ImporteretAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "budget_line_versions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BudgetLineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Aar = table.Column<int>(type: "INTEGER", nullable: false),
                    Politikomraade = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IndsatsType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Antal = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    GennemsnitsprisOere = table.Column<long>(type: "INTEGER", nullable: false),
                    Fjernet = table.Column<bool>(type: "INTEGER", nullable: false),
                    AendretAf = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AendretAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Aar = table.Column<int>(type: "INTEGER", nullable: false),
                    Politikomraade = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IndsatsType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Antal = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    GennemsnitsprisOere = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    AendretAf = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AendretAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Aar = table.Column<int>(type: "INTEGER", nullable: false),
                    Maaned = table.Column<int>(type: "INTEGER", nullable: false),
                    TagetAt = table.Column<long>(type: "INTEGER", nullable: false),
                    BudgetOere = table.Column<long>(type: "INTEGER", nullable: false),
                    FaktiskOere = table.Column<long>(type: "INTEGER", nullable: false),
                    DisponeretOere = table.Column<long>(type: "INTEGER", nullable: false),
                    VerserendeOere = table.Column<long>(type: "INTEGER", nullable: false),
                    NyeSagerOere = table.Column<long>(type: "INTEGER", nullable: false),
                    PuljeOere = table.Column<long>(type: "INTEGER", nullable: false),
                    PrognoseOere = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "forums",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    LevelCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ChairId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberIds = table.Column<string>(type: "TEXT", nullable: false),
                    SubstituteIds = table.Column<string>(type: "TEXT", nullable: false),
                    AdHocIds = table.Column<string>(type: "TEXT", nullable: false),
                    SecretaryIds = table.Column<string>(type: "TEXT", nullable: false),
                    EveryWeeks = table.Column<int>(type: "INTEGER", nullable: false),
                    Weekday = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StartTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CutoffDaysBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    CutoffTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    AsyncApproval = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_forums", x => x.Id);
                    table.ForeignKey(
                        name: "FK_forums_kommuner_KommuneId",
                        column: x => x.KommuneId,
                        principalTable: "kommuner",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "frist_overrides",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RuleId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Duration = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    WorkingDays = table.Column<int>(type: "INTEGER", nullable: true),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_frist_overrides", x => x.Id);
                    table.ForeignKey(
                        name: "FK_frist_overrides_kommuner_KommuneId",
                        column: x => x.KommuneId,
                        principalTable: "kommuner",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "kadence_regler",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Omfang = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Noegle = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TrinJson = table.Column<string>(type: "TEXT", nullable: false),
                    Begrundelse = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AendretAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AendretAf = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
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
                name: "kompetenceniveauer",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kompetenceniveauer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_kompetenceniveauer_kommuner_KommuneId",
                        column: x => x.KommuneId,
                        principalTable: "kommuner",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "kompetenceplaner",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SavedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SavedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Document = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kompetenceplaner", x => x.Id);
                    table.ForeignKey(
                        name: "FK_kompetenceplaner_kommuner_KommuneId",
                        column: x => x.KommuneId,
                        principalTable: "kommuner",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "matchning_settings",
                columns: table => new
                {
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BudfristHverdage = table.Column<int>(type: "INTEGER", nullable: false)
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
                name: "oekonomi_settings",
                columns: table => new
                {
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BevillingsSandsynlighedPct = table.Column<int>(type: "INTEGER", nullable: false),
                    PuljeOere = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "providers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Cvr = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_providers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_providers_kommuner_KommuneId",
                        column: x => x.KommuneId,
                        principalTable: "kommuner",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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

            migrationBuilder.CreateTable(
                name: "sagsnummer_taellere",
                columns: table => new
                {
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Aar = table.Column<int>(type: "INTEGER", nullable: false),
                    Sidste = table.Column<int>(type: "INTEGER", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "teams",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_teams", x => x.Id);
                    table.ForeignKey(
                        name: "FK_teams_kommuner_KommuneId",
                        column: x => x.KommuneId,
                        principalTable: "kommuner",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "work_items",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BookmarkId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    InstanceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ActivityId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CaseId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    FormSchema = table.Column<string>(type: "TEXT", nullable: true),
                    Actions = table.Column<string>(type: "TEXT", nullable: false),
                    Assignee = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CompletedAction = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CompletedData = table.Column<string>(type: "TEXT", nullable: true),
                    EscalatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EscalatedToTeamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    InReassignmentQueue = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_work_items_kommuner_KommuneId",
                        column: x => x.KommuneId,
                        principalTable: "kommuner",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ForumId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CutoffAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PresentIds = table.Column<string>(type: "TEXT", nullable: false),
                    MinutesApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MinutesApprovedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AttendanceRecordedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AttendanceRecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_meetings_forums_ForumId",
                        column: x => x.ForumId,
                        principalTable: "forums",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "offers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProviderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TargetGroup = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PriceOere = table.Column<long>(type: "INTEGER", nullable: false),
                    PriceUnit = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: true),
                    Vacancies = table.Column<int>(type: "INTEGER", nullable: true),
                    Provision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Financing = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ApprovedUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PlacementForm = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_offers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_offers_providers_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ExternalSubject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Roles = table.Column<string>(type: "TEXT", nullable: false),
                    IsInstallationAdministrator = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    FailedSignInCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LockedOutUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSignInAt = table.Column<long>(type: "INTEGER", nullable: true),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Kompetenceniveauer = table.Column<string>(type: "TEXT", nullable: false),
                    IsExperienced = table.Column<bool>(type: "INTEGER", nullable: false),
                    SubstituteId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AbsentFrom = table.Column<long>(type: "INTEGER", nullable: true),
                    AbsentTo = table.Column<long>(type: "INTEGER", nullable: true),
                    ProviderId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_users", x => x.Id);
                    table.ForeignKey(
                        name: "FK_users_kommuner_KommuneId",
                        column: x => x.KommuneId,
                        principalTable: "kommuner",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_users_teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_users_users_SubstituteId",
                        column: x => x.SubstituteId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "work_item_candidates",
                columns: table => new
                {
                    WorkItemId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_item_candidates", x => new { x.WorkItemId, x.Kind, x.Value });
                    table.ForeignKey(
                        name: "FK_work_item_candidates_work_items_WorkItemId",
                        column: x => x.WorkItemId,
                        principalTable: "work_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "work_item_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkItemId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Assignee = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_item_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_work_item_events_work_items_WorkItemId",
                        column: x => x.WorkItemId,
                        principalTable: "work_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agenda_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndstillingReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Rationale = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Change = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ChangedQuantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Investigate = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    TimeLimit = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FollowUpCadence = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    PostponedToMeetingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DisqualifiedIds = table.Column<string>(type: "TEXT", nullable: false),
                    ApprovedByIds = table.Column<string>(type: "TEXT", nullable: false),
                    AfgoerelseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MovedToItemId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agenda_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_agenda_items_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "meeting_attendees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StandsInForId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meeting_attendees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_meeting_attendees_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "user_sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSeenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_user_sessions_users_UserId",
                        column: x => x.UserId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "actual_lines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Aar = table.Column<int>(type: "INTEGER", nullable: false),
                    Maaned = table.Column<int>(type: "INTEGER", nullable: false),
                    SagId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndsatsType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BeloebOere = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "opfoelgning_planer",
                columns: table => new
                {
                    InstanceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SagId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BevillingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IndsatsType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Gennemfoert = table.Column<int>(type: "INTEGER", nullable: false),
                    NaesteFrist = table.Column<long>(type: "INTEGER", nullable: false),
                    Kadence = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Kilde = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Forklaring = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    BeregnetAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SagId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BevillingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    InstanceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Nummer = table.Column<int>(type: "INTEGER", nullable: false),
                    Udfald = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Noter = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Maalopfyldelse = table.Column<int>(type: "INTEGER", nullable: true),
                    Ors = table.Column<decimal>(type: "TEXT", precision: 4, scale: 1, nullable: true),
                    RegistreretAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RegistreretAf = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
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
                    AfgjortAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Tidsbegraensning = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OpfoelgningKadence = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    MoedeId = table.Column<Guid>(type: "TEXT", nullable: true)
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
                name: "matchninger",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SagId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndstillingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Behov = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    IndsatsType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Maalgruppe = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Lovgrundlag = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Omfang = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Enhed = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Slut = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Budrunde = table.Column<bool>(type: "INTEGER", nullable: false),
                    BudFrist = table.Column<long>(type: "INTEGER", nullable: true),
                    EksterneInviteret = table.Column<bool>(type: "INTEGER", nullable: false),
                    BevillingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OfferId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProviderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProviderNavn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Intern = table.Column<bool>(type: "INTEGER", nullable: false),
                    EnhedsprisOere = table.Column<long>(type: "INTEGER", nullable: true),
                    ValgtEnhed = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ValgtMaengde = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Begrundelse = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ValgtAf = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ValgModtagetAfForloeb = table.Column<bool>(type: "INTEGER", nullable: false),
                    ValgtAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RammeOere = table.Column<long>(type: "INTEGER", nullable: true),
                    BesluttetAf = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BesluttetAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AfvistBegrundelse = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    GodkendelseNiveauKode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    GodkendelseNiveauNavn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    GodkendelseNiveauType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    GodkendelseRegelId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    GodkendelsePlanVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    GodkendelseAarsager = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    GodkendtAf = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    GodkendtAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OprettetAf = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OprettetAt = table.Column<long>(type: "INTEGER", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "matchning_bud",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KommuneId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MatchningId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProviderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Intern = table.Column<bool>(type: "INTEGER", nullable: false),
                    Afgivet = table.Column<bool>(type: "INTEGER", nullable: false),
                    PrisOere = table.Column<long>(type: "INTEGER", nullable: true),
                    Bemaerkning = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RegistreretAf = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RegistreretAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "IX_administrator_invitations_TokenHash",
                table: "administrator_invitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_administrator_invitations_UserId",
                table: "administrator_invitations",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_afgoerelser_IndstillingId",
                table: "afgoerelser",
                column: "IndstillingId");

            migrationBuilder.CreateIndex(
                name: "IX_afgoerelser_SagId",
                table: "afgoerelser",
                column: "SagId");

            migrationBuilder.CreateIndex(
                name: "IX_agenda_items_CaseId",
                table: "agenda_items",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_agenda_items_IndstillingReference",
                table: "agenda_items",
                column: "IndstillingReference");

            migrationBuilder.CreateIndex(
                name: "IX_agenda_items_KommuneId",
                table: "agenda_items",
                column: "KommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_agenda_items_KommuneId_MeetingId",
                table: "agenda_items",
                columns: new[] { "KommuneId", "MeetingId" });

            migrationBuilder.CreateIndex(
                name: "IX_agenda_items_MeetingId_Position",
                table: "agenda_items",
                columns: new[] { "MeetingId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_audit_trail_SagId_Id",
                table: "audit_trail",
                columns: new[] { "SagId", "Id" });

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

            migrationBuilder.CreateIndex(
                name: "IX_forums_KommuneId",
                table: "forums",
                column: "KommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_frist_overrides_KommuneId_RuleId_Version",
                table: "frist_overrides",
                columns: new[] { "KommuneId", "RuleId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_indstillinger_KommuneId_SagId",
                table: "indstillinger",
                columns: new[] { "KommuneId", "SagId" });

            migrationBuilder.CreateIndex(
                name: "IX_indstillinger_KommuneId_Status_NiveauKode",
                table: "indstillinger",
                columns: new[] { "KommuneId", "Status", "NiveauKode" });

            migrationBuilder.CreateIndex(
                name: "IX_indstillinger_SagId",
                table: "indstillinger",
                column: "SagId");

            migrationBuilder.CreateIndex(
                name: "IX_kadence_regler_KommuneId_Omfang_Noegle",
                table: "kadence_regler",
                columns: new[] { "KommuneId", "Omfang", "Noegle" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_kommuner_Code",
                table: "kommuner",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_kompetenceniveauer_KommuneId_Code",
                table: "kompetenceniveauer",
                columns: new[] { "KommuneId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_kompetenceplaner_KommuneId_Version",
                table: "kompetenceplaner",
                columns: new[] { "KommuneId", "Version" },
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_meeting_attendees_KommuneId",
                table: "meeting_attendees",
                column: "KommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_meeting_attendees_MeetingId_Position",
                table: "meeting_attendees",
                columns: new[] { "MeetingId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_meetings_ForumId_StartsAt",
                table: "meetings",
                columns: new[] { "ForumId", "StartsAt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_meetings_KommuneId",
                table: "meetings",
                column: "KommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_KommuneId_UserId_ReadAt_CreatedAt",
                table: "notifications",
                columns: new[] { "KommuneId", "UserId", "ReadAt", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_MessageId",
                table: "notifications",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_offers_KommuneId_Type",
                table: "offers",
                columns: new[] { "KommuneId", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_offers_ProviderId",
                table: "offers",
                column: "ProviderId");

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

            migrationBuilder.CreateIndex(
                name: "IX_outbound_messages_DedupKey",
                table: "outbound_messages",
                column: "DedupKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbound_messages_KommuneId_Status",
                table: "outbound_messages",
                columns: new[] { "KommuneId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_outbound_messages_Status_NextAttemptAt",
                table: "outbound_messages",
                columns: new[] { "Status", "NextAttemptAt" });

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

            migrationBuilder.CreateIndex(
                name: "IX_providers_KommuneId_Name",
                table: "providers",
                columns: new[] { "KommuneId", "Name" },
                unique: true);

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
                name: "IX_sager_KommuneId_Id",
                table: "sager",
                columns: new[] { "KommuneId", "Id" });

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
                name: "IX_sager_KommuneId_SoeskendeGruppeId_OprettetAt",
                table: "sager",
                columns: new[] { "KommuneId", "SoeskendeGruppeId", "OprettetAt" });

            migrationBuilder.CreateIndex(
                name: "IX_sager_KommuneId_Status_TovholderId",
                table: "sager",
                columns: new[] { "KommuneId", "Status", "TovholderId" });

            migrationBuilder.CreateIndex(
                name: "IX_sager_KommuneId_TovholderId_OprettetAt",
                table: "sager",
                columns: new[] { "KommuneId", "TovholderId", "OprettetAt" });

            migrationBuilder.CreateIndex(
                name: "IX_sager_KommuneId_TovholderId_Status",
                table: "sager",
                columns: new[] { "KommuneId", "TovholderId", "Status" });

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
                name: "IX_simulator_examples_KommuneId_SavedAt",
                table: "simulator_examples",
                columns: new[] { "KommuneId", "SavedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_teams_KommuneId_Code",
                table: "teams",
                columns: new[] { "KommuneId", "Code" },
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_user_administration_log_UserId_Id",
                table: "user_administration_log",
                columns: new[] { "UserId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_user_sessions_UserId_EndedAt",
                table: "user_sessions",
                columns: new[] { "UserId", "EndedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_users_KommuneId",
                table: "users",
                column: "KommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_users_KommuneId_ExternalSubject",
                table: "users",
                columns: new[] { "KommuneId", "ExternalSubject" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_users_SubstituteId",
                table: "users",
                column: "SubstituteId");

            migrationBuilder.CreateIndex(
                name: "IX_users_TeamId",
                table: "users",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_users_UserName",
                table: "users",
                column: "UserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_work_item_candidates_KommuneId_Kind_Value",
                table: "work_item_candidates",
                columns: new[] { "KommuneId", "Kind", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_work_item_candidates_KommuneId_WorkItemId",
                table: "work_item_candidates",
                columns: new[] { "KommuneId", "WorkItemId" });

            migrationBuilder.CreateIndex(
                name: "IX_work_item_events_WorkItemId_Id",
                table: "work_item_events",
                columns: new[] { "WorkItemId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_work_items_BookmarkId",
                table: "work_items",
                column: "BookmarkId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_work_items_InstanceId",
                table: "work_items",
                column: "InstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_work_items_KommuneId_ActivityId_CompletedAt",
                table: "work_items",
                columns: new[] { "KommuneId", "ActivityId", "CompletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_work_items_KommuneId_ActivityId_CreatedAt",
                table: "work_items",
                columns: new[] { "KommuneId", "ActivityId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_work_items_KommuneId_Assignee_Status",
                table: "work_items",
                columns: new[] { "KommuneId", "Assignee", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_work_items_KommuneId_CaseId",
                table: "work_items",
                columns: new[] { "KommuneId", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_work_items_KommuneId_Status_DueAt",
                table: "work_items",
                columns: new[] { "KommuneId", "Status", "DueAt" });
            // The audit trail is append-only: the database itself refuses to change or delete an entry.
            migrationBuilder.Sql(AuditTrailGuards.Sqlite);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(AuditTrailGuards.SqliteDrop);

            migrationBuilder.DropTable(
                name: "actual_lines");

            migrationBuilder.DropTable(
                name: "administrator_invitations");

            migrationBuilder.DropTable(
                name: "afgoerelser");

            migrationBuilder.DropTable(
                name: "agenda_items");

            migrationBuilder.DropTable(
                name: "audit_trail");

            migrationBuilder.DropTable(
                name: "bestillinger");

            migrationBuilder.DropTable(
                name: "bevilling_settings");

            migrationBuilder.DropTable(
                name: "budget_line_versions");

            migrationBuilder.DropTable(
                name: "budget_lines");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "forecast_snapshots");

            migrationBuilder.DropTable(
                name: "frist_overrides");

            migrationBuilder.DropTable(
                name: "kadence_regler");

            migrationBuilder.DropTable(
                name: "kompetenceniveauer");

            migrationBuilder.DropTable(
                name: "kompetenceplaner");

            migrationBuilder.DropTable(
                name: "matchning_bud");

            migrationBuilder.DropTable(
                name: "matchning_settings");

            migrationBuilder.DropTable(
                name: "meeting_attendees");

            migrationBuilder.DropTable(
                name: "noegletal_maal");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "oekonomi_settings");

            migrationBuilder.DropTable(
                name: "opfoelgning_planer");

            migrationBuilder.DropTable(
                name: "opfoelgninger");

            migrationBuilder.DropTable(
                name: "outbound_messages");

            migrationBuilder.DropTable(
                name: "pligter");

            migrationBuilder.DropTable(
                name: "sag_dokumenter");

            migrationBuilder.DropTable(
                name: "sag_flow_settings");

            migrationBuilder.DropTable(
                name: "sag_myndighedsindehavere");

            migrationBuilder.DropTable(
                name: "sagsnummer_taellere");

            migrationBuilder.DropTable(
                name: "simulator_examples");

            migrationBuilder.DropTable(
                name: "underretninger");

            migrationBuilder.DropTable(
                name: "undersoegelser");

            migrationBuilder.DropTable(
                name: "user_administration_log");

            migrationBuilder.DropTable(
                name: "user_sessions");

            migrationBuilder.DropTable(
                name: "work_item_candidates");

            migrationBuilder.DropTable(
                name: "work_item_events");

            migrationBuilder.DropTable(
                name: "actuals_imports");

            migrationBuilder.DropTable(
                name: "bevillinger");

            migrationBuilder.DropTable(
                name: "matchninger");

            migrationBuilder.DropTable(
                name: "offers");

            migrationBuilder.DropTable(
                name: "meetings");

            migrationBuilder.DropTable(
                name: "work_items");

            migrationBuilder.DropTable(
                name: "indstillinger");

            migrationBuilder.DropTable(
                name: "providers");

            migrationBuilder.DropTable(
                name: "forums");

            migrationBuilder.DropTable(
                name: "sager");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropTable(
                name: "teams");

            migrationBuilder.DropTable(
                name: "kommuner");
        }
    }
}
