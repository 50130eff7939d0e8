"""A quick path for a big attendance import on a PostgreSQL server (issue 17; nothing on SQLite).

Checking attendance's two foreign keys row by row took half the server's work of an import
into a new database (one query per row and key). Only the tables' owner may drop and add
constraints, so two SECURITY DEFINER functions, owned by the login that runs `server migrate`
(the tables' owner), do it for an editor's import, within its transaction:

- attendance_checks_off() records attendance's foreign keys and secondary indexes in
  bulk_load (with the transaction's id), then drops them; attendance stays locked (ACCESS
  EXCLUSIVE) until the transaction ends.
- attendance_checks_on() makes them again from bulk_load (ADD CONSTRAINT checks every row in
  one join; a row without its session or person fails it) and removes the transaction's rows.

A row in bulk_load fires a deferred constraint trigger at COMMIT that raises unless what the
row names is there again (constraint validated, index valid): a transaction that dropped them
and did not make them again cannot commit, and rolls back, DDL included. EXECUTE is granted
to gpast_editor (and so to the roles above) by `server migrate` (server_roles.install_roles),
as the group roles are made after the migrations; nobody else may call the functions, and no
role but the owner has rights on bulk_load.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24 09:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OFF = """
CREATE FUNCTION attendance_checks_off() RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
DECLARE
    item record;
    dropped integer := 0;
BEGIN
    LOCK TABLE attendance IN ACCESS EXCLUSIVE MODE;
    FOR item IN
        SELECT 'constraint' AS kind, c.conname::text AS name,
               pg_get_constraintdef(c.oid) AS definition
          FROM pg_constraint c
         WHERE c.conrelid = 'attendance'::regclass AND c.contype = 'f'
        UNION ALL
        SELECT 'index', x.relname::text, pg_get_indexdef(i.indexrelid)
          FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid
         WHERE i.indrelid = 'attendance'::regclass AND NOT i.indisunique
           AND NOT i.indisprimary
           AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
    LOOP
        INSERT INTO bulk_load (kind, name, definition)
        VALUES (item.kind, item.name, item.definition);
        IF item.kind = 'constraint' THEN
            EXECUTE format('ALTER TABLE attendance DROP CONSTRAINT %I', item.name);
        ELSE
            EXECUTE format('DROP INDEX %I', item.name);
        END IF;
        dropped := dropped + 1;
    END LOOP;
    RETURN dropped;
END
$$
"""

ON = """
CREATE FUNCTION attendance_checks_on() RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
DECLARE
    item record;
    made integer := 0;
BEGIN
    FOR item IN
        SELECT kind, name, definition FROM bulk_load
         WHERE xact = pg_current_xact_id() ORDER BY kind DESC, name
    LOOP
        IF item.kind = 'index' THEN
            EXECUTE item.definition;
        ELSE
            EXECUTE format('ALTER TABLE attendance ADD CONSTRAINT %I %s',
                           item.name, item.definition);
        END IF;
        made := made + 1;
    END LOOP;
    DELETE FROM bulk_load WHERE xact = pg_current_xact_id();
    RETURN made;
END
$$
"""

GUARD = """
CREATE FUNCTION bulk_load_restored() RETURNS trigger
LANGUAGE plpgsql SET search_path = {schema}, pg_temp AS $$
BEGIN
    IF (NEW.kind = 'constraint' AND NOT EXISTS (
            SELECT 1 FROM pg_constraint
             WHERE conrelid = 'attendance'::regclass AND conname = NEW.name
               AND convalidated))
       OR (NEW.kind = 'index' AND NOT EXISTS (
            SELECT 1 FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid
             WHERE i.indrelid = 'attendance'::regclass AND x.relname = NEW.name
               AND i.indisvalid)) THEN
        RAISE EXCEPTION 'attendance: % % was dropped for a bulk load and not made again',
            NEW.kind, NEW.name
            USING ERRCODE = 'integrity_constraint_violation',
                  HINT = 'call attendance_checks_on() before COMMIT';
    END IF;
    RETURN NULL;
END
$$
"""


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    schema = conn.dialect.identifier_preparer.quote_identifier(
        conn.exec_driver_sql("SELECT current_schema()").scalar_one()
    )
    op.execute(
        "CREATE TABLE bulk_load ("
        " xact xid8 NOT NULL DEFAULT pg_current_xact_id(),"
        " kind text NOT NULL CHECK (kind IN ('constraint', 'index')),"
        " name text NOT NULL,"
        " definition text NOT NULL,"
        " PRIMARY KEY (xact, kind, name))"
    )
    op.execute("REVOKE ALL ON bulk_load FROM PUBLIC")
    for sql in (OFF, ON, GUARD):
        op.execute(sql.replace("{schema}", schema))
    op.execute(
        "CREATE CONSTRAINT TRIGGER bulk_load_restored AFTER INSERT ON bulk_load "
        "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bulk_load_restored()"
    )
    for name in ("attendance_checks_off", "attendance_checks_on"):
        op.execute(f"REVOKE ALL ON FUNCTION {name}() FROM PUBLIC")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TABLE IF EXISTS bulk_load")
    for name in ("attendance_checks_off()", "attendance_checks_on()", "bulk_load_restored()"):
        op.execute(f"DROP FUNCTION IF EXISTS {name}")
