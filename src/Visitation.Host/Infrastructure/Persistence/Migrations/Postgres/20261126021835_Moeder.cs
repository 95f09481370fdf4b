using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Visitation.Host.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Moeder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ClosedAt",
                table: "meetings",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "MinutesApprovedAt",
                table: "meetings",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MinutesApprovedBy",
                table: "meetings",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<List<Guid>>(
                name: "PresentIds",
                table: "meetings",
                type: "uuid[]",
                nullable: false);

            migrationBuilder.AddColumn<Guid>(
                name: "AfgoerelseId",
                table: "agenda_items",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<List<Guid>>(
                name: "ApprovedByIds",
                table: "agenda_items",
                type: "uuid[]",
                nullable: false);

            migrationBuilder.AddColumn<string>(
                name: "Change",
                table: "agenda_items",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ChangedQuantity",
                table: "agenda_items",
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DecidedAt",
                table: "agenda_items",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecidedBy",
                table: "agenda_items",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<List<Guid>>(
                name: "DisqualifiedIds",
                table: "agenda_items",
                type: "uuid[]",
                nullable: false);

            migrationBuilder.AddColumn<string>(
                name: "FollowUpCadence",
                table: "agenda_items",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Investigate",
                table: "agenda_items",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "MovedToItemId",
                table: "agenda_items",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "agenda_items",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PostponedToMeetingId",
                table: "agenda_items",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Rationale",
                table: "agenda_items",
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TimeLimit",
                table: "agenda_items",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "MoedeId",
                table: "afgoerelser",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OpfoelgningKadence",
                table: "afgoerelser",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Tidsbegraensning",
                table: "afgoerelser",
                type: "date",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_agenda_items_IndstillingReference",
                table: "agenda_items",
                column: "IndstillingReference");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_agenda_items_IndstillingReference",
                table: "agenda_items");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "MinutesApprovedAt",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "MinutesApprovedBy",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "PresentIds",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "AfgoerelseId",
                table: "agenda_items");

            migrationBuilder.DropColumn(
                name: "ApprovedByIds",
                table: "agenda_items");

            migrationBuilder.DropColumn(
                name: "Change",
                table: "agenda_items");

            migrationBuilder.DropColumn(
                name: "ChangedQuantity",
                table: "agenda_items");

            migrationBuilder.DropColumn(
                name: "DecidedAt",
                table: "agenda_items");

            migrationBuilder.DropColumn(
                name: "DecidedBy",
                table: "agenda_items");

            migrationBuilder.DropColumn(
                name: "DisqualifiedIds",
                table: "agenda_items");

            migrationBuilder.DropColumn(
                name: "FollowUpCadence",
                table: "agenda_items");

            migrationBuilder.DropColumn(
                name: "Investigate",
                table: "agenda_items");

            migrationBuilder.DropColumn(
                name: "MovedToItemId",
                table: "agenda_items");

            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "agenda_items");

            migrationBuilder.DropColumn(
                name: "PostponedToMeetingId",
                table: "agenda_items");

            migrationBuilder.DropColumn(
                name: "Rationale",
                table: "agenda_items");

            migrationBuilder.DropColumn(
                name: "TimeLimit",
                table: "agenda_items");

            migrationBuilder.DropColumn(
                name: "MoedeId",
                table: "afgoerelser");

            migrationBuilder.DropColumn(
                name: "OpfoelgningKadence",
                table: "afgoerelser");

            migrationBuilder.DropColumn(
                name: "Tidsbegraensning",
                table: "afgoerelser");
        }
    }
}
