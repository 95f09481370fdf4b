namespace Visitation.Host.Infrastructure.Persistence;

/// <summary>
/// Database triggers that refuse UPDATE and DELETE on the audit trail, so that not even a hand-written
/// statement can change or remove an entry. Created by the migrations of each provider.
/// </summary>
public static class AuditTrailGuards
{
    public const string Postgres = """
        CREATE OR REPLACE FUNCTION audit_trail_append_only() RETURNS trigger AS $$
        BEGIN
            RAISE EXCEPTION 'audit_trail is append-only';
        END;
        $$ LANGUAGE plpgsql;
        CREATE TRIGGER audit_trail_no_update BEFORE UPDATE OR DELETE ON audit_trail
            FOR EACH ROW EXECUTE FUNCTION audit_trail_append_only();
        """;

    public const string PostgresDrop = """
        DROP TRIGGER IF EXISTS audit_trail_no_update ON audit_trail;
        DROP FUNCTION IF EXISTS audit_trail_append_only();
        """;

    public const string Sqlite = """
        CREATE TRIGGER audit_trail_no_update BEFORE UPDATE ON audit_trail BEGIN SELECT RAISE(ABORT, 'audit_trail is append-only'); END;
        CREATE TRIGGER audit_trail_no_delete BEFORE DELETE ON audit_trail BEGIN SELECT RAISE(ABORT, 'audit_trail is append-only'); END;
        """;

    public const string SqliteDrop = """
        DROP TRIGGER IF EXISTS audit_trail_no_update;
        DROP TRIGGER IF EXISTS audit_trail_no_delete;
        """;
}
