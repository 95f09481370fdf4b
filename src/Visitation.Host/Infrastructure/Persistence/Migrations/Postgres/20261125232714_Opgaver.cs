using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Visitation.Host.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Opgaver : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "work_items",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    KommuneId = table.Column<Guid>(type: "uuid", nullable: false),
                    BookmarkId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    InstanceId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ActivityId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CaseId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: true),
                    FormSchema = table.Column<string>(type: "text", nullable: true),
                    Actions = table.Column<List<string>>(type: "text[]", nullable: false),
                    Assignee = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DueAt = table.Column<long>(type: "bigint", nullable: true),
                    Priority = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    CompletedAt = table.Column<long>(type: "bigint", nullable: true),
                    CompletedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CompletedAction = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EscalatedAt = table.Column<long>(type: "bigint", nullable: true),
                    EscalatedToTeamId = table.Column<Guid>(type: "uuid", nullable: true),
                    InReassignmentQueue = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "work_item_candidates",
                columns: table => new
                {
                    WorkItemId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Value = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    KommuneId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkItemId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    KommuneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    Actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Assignee = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
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

            migrationBuilder.CreateIndex(
                name: "IX_work_item_candidates_KommuneId_Kind_Value",
                table: "work_item_candidates",
                columns: new[] { "KommuneId", "Kind", "Value" });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "work_item_candidates");

            migrationBuilder.DropTable(
                name: "work_item_events");

            migrationBuilder.DropTable(
                name: "work_items");
        }
    }
}
