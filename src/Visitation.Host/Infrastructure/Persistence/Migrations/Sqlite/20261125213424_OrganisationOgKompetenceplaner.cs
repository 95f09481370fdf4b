using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Visitation.Host.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OrganisationOgKompetenceplaner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AbsentFrom",
                table: "users",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AbsentTo",
                table: "users",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsExperienced",
                table: "users",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Kompetenceniveauer",
                table: "users",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<Guid>(
                name: "SubstituteId",
                table: "users",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TeamId",
                table: "users",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Title",
                table: "users",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_users_SubstituteId",
                table: "users",
                column: "SubstituteId");

            migrationBuilder.CreateIndex(
                name: "IX_users_TeamId",
                table: "users",
                column: "TeamId");

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
                name: "IX_teams_KommuneId_Code",
                table: "teams",
                columns: new[] { "KommuneId", "Code" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_users_teams_TeamId",
                table: "users",
                column: "TeamId",
                principalTable: "teams",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_users_users_SubstituteId",
                table: "users",
                column: "SubstituteId",
                principalTable: "users",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_users_teams_TeamId",
                table: "users");

            migrationBuilder.DropForeignKey(
                name: "FK_users_users_SubstituteId",
                table: "users");

            migrationBuilder.DropTable(
                name: "kompetenceniveauer");

            migrationBuilder.DropTable(
                name: "kompetenceplaner");

            migrationBuilder.DropTable(
                name: "teams");

            migrationBuilder.DropIndex(
                name: "IX_users_SubstituteId",
                table: "users");

            migrationBuilder.DropIndex(
                name: "IX_users_TeamId",
                table: "users");

            migrationBuilder.DropColumn(
                name: "AbsentFrom",
                table: "users");

            migrationBuilder.DropColumn(
                name: "AbsentTo",
                table: "users");

            migrationBuilder.DropColumn(
                name: "IsExperienced",
                table: "users");

            migrationBuilder.DropColumn(
                name: "Kompetenceniveauer",
                table: "users");

            migrationBuilder.DropColumn(
                name: "SubstituteId",
                table: "users");

            migrationBuilder.DropColumn(
                name: "TeamId",
                table: "users");

            migrationBuilder.DropColumn(
                name: "Title",
                table: "users");
        }
    }
}
