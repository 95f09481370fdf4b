using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Visitation.Host.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MoederFremmoede : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AttendanceRecordedAt",
                table: "meetings",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AttendanceRecordedBy",
                table: "meetings",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "meetings",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "meeting_attendees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    KommuneId = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    StandsInForId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Role = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_meeting_attendees_KommuneId",
                table: "meeting_attendees",
                column: "KommuneId");

            migrationBuilder.CreateIndex(
                name: "IX_meeting_attendees_MeetingId_Position",
                table: "meeting_attendees",
                columns: new[] { "MeetingId", "Position" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "meeting_attendees");

            migrationBuilder.DropColumn(
                name: "AttendanceRecordedAt",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "AttendanceRecordedBy",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "meetings");
        }
    }
}
