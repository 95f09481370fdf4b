using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Visitation.Host.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MatchningGodkendelse : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "GodkendelseAarsager",
                table: "matchninger",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GodkendelseNiveauKode",
                table: "matchninger",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GodkendelseNiveauNavn",
                table: "matchninger",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GodkendelseNiveauType",
                table: "matchninger",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "GodkendelsePlanVersion",
                table: "matchninger",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GodkendelseRegelId",
                table: "matchninger",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GodkendtAf",
                table: "matchninger",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "GodkendtAt",
                table: "matchninger",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "GodkendelseAarsager",
                table: "matchninger");

            migrationBuilder.DropColumn(
                name: "GodkendelseNiveauKode",
                table: "matchninger");

            migrationBuilder.DropColumn(
                name: "GodkendelseNiveauNavn",
                table: "matchninger");

            migrationBuilder.DropColumn(
                name: "GodkendelseNiveauType",
                table: "matchninger");

            migrationBuilder.DropColumn(
                name: "GodkendelsePlanVersion",
                table: "matchninger");

            migrationBuilder.DropColumn(
                name: "GodkendelseRegelId",
                table: "matchninger");

            migrationBuilder.DropColumn(
                name: "GodkendtAf",
                table: "matchninger");

            migrationBuilder.DropColumn(
                name: "GodkendtAt",
                table: "matchninger");
        }
    }
}
