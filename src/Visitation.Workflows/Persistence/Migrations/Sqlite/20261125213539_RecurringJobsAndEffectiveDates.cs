using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Visitation.Workflows.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RecurringJobsAndEffectiveDates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ActivatedAt",
                table: "wf_definitions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "EffectiveFrom",
                table: "wf_definitions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "wf_recurring_jobs",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Cron = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastRunAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastResult = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_recurring_jobs", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_wf_recurring_jobs_DueAt",
                table: "wf_recurring_jobs",
                column: "DueAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "wf_recurring_jobs");

            migrationBuilder.DropColumn(
                name: "ActivatedAt",
                table: "wf_definitions");

            migrationBuilder.DropColumn(
                name: "EffectiveFrom",
                table: "wf_definitions");
        }
    }
}
