using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Visitation.Workflows.Persistence.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "CallbackMethodName",
                table: "wf_bookmarks",
                type: "TEXT",
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
