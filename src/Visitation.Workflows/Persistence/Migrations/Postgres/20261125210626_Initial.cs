using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Visitation.Workflows.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "JournalCount",
                table: "wf_instances",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "CallbackMethodName",
                table: "wf_bookmarks",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "JournalCount",
                table: "wf_instances");

            migrationBuilder.DropColumn(
                name: "CallbackMethodName",
                table: "wf_bookmarks");
        }
    }
}
