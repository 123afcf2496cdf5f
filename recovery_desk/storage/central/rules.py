"""What the centre enforces by itself (migration c0003): no global lock, who is behind a
login, an agent's call changing its customer, and a call's children tied to the call.

- No lock: change numbers are transaction ids (``schema.py``); the advisory-lock triggers
  of c0001 are dropped and the old change numbers reset to 0, so every desk pulls once.
- ``rd_whoami()``: the app user and role behind the session's login (agents may not read
  ``rd_logins``); a desk takes its identity from it.
- ``rd_customer_effects``: when a finished call arrives, the centre applies its effect on
  the customer (do-not-call, won back, lost, attempts, last contact) with the owner's
  rights, so an agent's "do not call again" reaches everyone although agents may not
  write customers. Merges are idempotent: a call pushed twice changes nothing more.
- Foreign keys from a call's children to the call (deferred to commit, so a batch may
  hold both): a row can no longer point at a call that does not exist.

Everything here is idempotent: it runs on centres made by c0001 (old triggers present)
and on centres made since (c0001 of this version already stamps by transaction id).
"""

from __future__ import annotations

from sqlalchemy import Connection

from recovery_desk.storage.central.schema import (
    ORDERED,
    STAMPED,
    central_metadata,
    conflicts,
    pg_stamp_function,
    push_tokens,
    sqlite_stamp_triggers,
)

CALL_CHILDREN = ("call_steps", "call_reasons", "offers_made", "promises", "callbacks")

# A status a finished call's outcome gives its customer (None: no change).
_STATUS_OF = """CASE NEW.outcome WHEN 'won_back' THEN 'won_back' WHEN 'thinking' THEN
    'in_progress' WHEN 'declined' THEN 'lost' WHEN 'do_not_call' THEN 'do_not_call' END"""

_EFFECTS = f"""
CREATE OR REPLACE FUNCTION rd_customer_effects() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    later boolean;
    given text := {_STATUS_OF};
BEGIN
    IF NEW.status <> 'finished' OR NEW.outcome IS NULL THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.status = 'finished'
       AND OLD.outcome IS NOT DISTINCT FROM NEW.outcome THEN
        RETURN NULL;  -- the same call pushed again: its effect is already there
    END IF;
    -- A later finished call (by when it ended) decides the status, whatever arrives last.
    SELECT EXISTS (
        SELECT 1 FROM calls k
        WHERE k.customer_id = NEW.customer_id AND k.id <> NEW.id AND k.status = 'finished'
          AND k.outcome <> 'not_reached' AND k.ended_at > NEW.ended_at
    ) INTO later;
    UPDATE customers c SET
        attempts = GREATEST(COALESCE(c.attempts, 0), (
            SELECT count(*) FROM calls k
            WHERE k.customer_id = NEW.customer_id AND k.status = 'finished')),
        last_contact_at = GREATEST(c.last_contact_at, NEW.ended_at),
        do_not_call = c.do_not_call OR NEW.outcome = 'do_not_call',
        status = CASE
            WHEN c.do_not_call OR NEW.outcome = 'do_not_call' THEN 'do_not_call'
            WHEN given IS NULL OR later THEN c.status
            ELSE given END,
        won_back_on = CASE
            WHEN NEW.outcome = 'won_back' AND NOT later
            THEN COALESCE(c.won_back_on, (NEW.ended_at AT TIME ZONE 'UTC')::date)
            ELSE c.won_back_on END,
        version = c.version + 1,
        updated_at = now()
    WHERE c.id = NEW.customer_id;
    RETURN NULL;
END $$"""


def upgrade(conn: Connection) -> None:
    """Bring the centre's rules to this version (idempotent)."""
    central_metadata.create_all(conn, tables=[push_tokens, conflicts], checkfirst=True)
    if conn.dialect.name == "postgresql":
        _upgrade_pg(conn)
    else:
        _upgrade_sqlite(conn)


def _upgrade_pg(conn: Connection) -> None:
    had_lock = conn.exec_driver_sql(
        "SELECT 1 FROM pg_proc WHERE proname = 'rd_lock_writers'"
    ).first()
    pg_stamp_function(conn)
    for name in ORDERED:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS rd_lock_{name} ON {name}")
    conn.exec_driver_sql("DROP FUNCTION IF EXISTS rd_lock_writers()")
    if had_lock:  # change numbers of c0001 were a sequence: not comparable to xids
        for name in ORDERED:
            conn.exec_driver_sql(f"ALTER TABLE {name} DISABLE TRIGGER rd_stamp_{name}")
            conn.exec_driver_sql(f"UPDATE {name} SET change_seq = 0")
            conn.exec_driver_sql(f"ALTER TABLE {name} ENABLE TRIGGER rd_stamp_{name}")
        conn.exec_driver_sql("DROP SEQUENCE IF EXISTS rd_change_seq")
    for name in STAMPED:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS rd_stamp_{name} ON {name}")
        conn.exec_driver_sql(
            f"CREATE TRIGGER rd_stamp_{name} BEFORE INSERT OR UPDATE ON {name} "
            "FOR EACH ROW EXECUTE FUNCTION rd_stamp()"
        )
        conn.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS ix_c_{name}_pull ON {name} (change_seq, id)"
        )
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS ix_c_{name}_change_seq")
    conn.exec_driver_sql("ALTER TABLE rd_push_tokens ALTER COLUMN login SET DEFAULT session_user")
    conn.exec_driver_sql(
        """
        CREATE OR REPLACE FUNCTION rd_whoami() RETURNS TABLE (user_id uuid, role text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
            SELECT user_id, role::text FROM rd_logins WHERE login = session_user
        $$"""
    )
    conn.exec_driver_sql(_EFFECTS)
    conn.exec_driver_sql("DROP TRIGGER IF EXISTS rd_customer_effects ON calls")
    conn.exec_driver_sql(
        "CREATE TRIGGER rd_customer_effects AFTER INSERT OR UPDATE ON calls "
        "FOR EACH ROW EXECUTE FUNCTION rd_customer_effects()"
    )
    for child in CALL_CHILDREN:
        name = f"fk_c_{child}_call"
        exists = conn.exec_driver_sql(
            f"SELECT 1 FROM pg_constraint WHERE conname = '{name}'"
        ).first()
        if not exists:  # NOT VALID: rows from before are left as they are
            conn.exec_driver_sql(
                f"ALTER TABLE {child} ADD CONSTRAINT {name} FOREIGN KEY (call_id) "
                "REFERENCES calls (id) DEFERRABLE INITIALLY DEFERRED NOT VALID"
            )


def _upgrade_sqlite(conn: Connection) -> None:
    # The stand-in centre serves one desk in one file: SQLite runs one writer at a time,
    # so its counter already follows commit order. It only gains the new tables.
    for event in ("insert", "update"):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS rd_stamp_rd_conflicts_{event}")
    sqlite_stamp_triggers(conn, ("rd_conflicts",))
    for name in STAMPED:
        conn.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS ix_c_{name}_pull ON {name} (change_seq, id)"
        )
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS ix_c_{name}_change_seq")
