using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Visitation.Host.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MatchningHverdageOgAnbringelsesform : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "BudfristDage",
                table: "matchning_settings",
                newName: "BudfristHverdage");

            migrationBuilder.AddColumn<string>(
                name: "PlacementForm",
                table: "offers",
                type: "TEXT",
                maxLength: 32,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PlacementForm",
                table: "offers");

            migrationBuilder.RenameColumn(
                name: "BudfristHverdage",
                table: "matchning_settings",
                newName: "BudfristDage");
        }
    }
}
