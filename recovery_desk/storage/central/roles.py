"""PostgreSQL roles and row-level security of the centre (``central init``/``add-user``).

- ``rd_agent`` (agents and executives): reads the catalogues, users and cycles, its own
  assignments and the customers of those assignments; inserts and updates only rows it
  authored in the authored tables (calls and their children, care reviews, audit log,
  health events): ``author_id = rd_current_user_id()``, filled in by the server — and
  only calls of its own ``agent_id``, children of such calls, its own call-backs and
  audit entries (``AGENT_CHECKS``).
- ``rd_supervisor``: reads everything; writes catalogues, users, cycles, assignments,
  customers, coaching notes, and its own authored rows.

A login role is created per person with ``add_login``; the desktop connects with it, so it
never needs the owner's password.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Connection, insert, select, text

from recovery_desk.storage.central.push import APPEND_ONLY
from recovery_desk.storage.central.schema import AUTHORED, CENTRAL, CENTRE_OWNED, logins
from recovery_desk.storage.types import utcnow

AGENT, SUPERVISOR = "rd_agent", "rd_supervisor"
_ME = "rd_current_user_id()"


def _ensure_role(conn: Connection, role: str) -> None:
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
    if not exists:
        conn.exec_driver_sql(f"CREATE ROLE {role} NOLOGIN")


def _policy(conn: Connection, table: str, name: str, clause: str) -> None:
    conn.exec_driver_sql(f"DROP POLICY IF EXISTS {name} ON {table}")
    conn.exec_driver_sql(f"CREATE POLICY {name} ON {table} {clause}")


# What an agent's row must also satisfy, beyond being its own (author_id), per table.
AGENT_CHECKS: dict[str, str] = {
    "calls": f"agent_id = {_ME}",
    "callbacks": f"agent_id = {_ME}",
    "audit_log": f"(user_id IS NULL OR user_id = {_ME})",
    **{
        child: f"EXISTS (SELECT 1 FROM calls k WHERE k.id = call_id AND k.agent_id = {_ME})"
        for child in ("call_steps", "call_reasons", "offers_made", "promises")
    },
}


def install_roles(conn: Connection) -> None:
    """Create (or refresh) the two group roles, their grants and the RLS policies."""
    for role in (AGENT, SUPERVISOR):
        _ensure_role(conn, role)
        conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {role}")
        conn.exec_driver_sql(f"GRANT SELECT ON rd_central_version TO {role}")
        conn.exec_driver_sql(f"GRANT EXECUTE ON FUNCTION rd_current_user_id() TO {role}")
        conn.exec_driver_sql(f"GRANT EXECUTE ON FUNCTION rd_whoami() TO {role}")
        conn.exec_driver_sql(f"GRANT SELECT, INSERT ON rd_push_tokens TO {role}")
        conn.exec_driver_sql(f"GRANT SELECT, INSERT ON rd_conflicts TO {role}")
    conn.exec_driver_sql(f"GRANT SELECT ON rd_logins TO {SUPERVISOR}")
    for table in ("rd_push_tokens", "rd_conflicts"):
        conn.exec_driver_sql(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    _policy(conn, "rd_push_tokens", "rd_own", "FOR ALL USING (login = session_user)")
    _policy(conn, "rd_conflicts", "rd_sup_read", f"FOR SELECT TO {SUPERVISOR} USING (true)")
    _policy(conn, "rd_conflicts", "rd_own_insert", f"FOR INSERT WITH CHECK (won_by = {_ME})")
    for table in CENTRE_OWNED:
        conn.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE ON {table} TO {SUPERVISOR}")
        conn.exec_driver_sql(f"GRANT SELECT ON {table} TO {AGENT}")
    for table in AUTHORED:
        conn.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE ON {table} TO {AGENT}, {SUPERVISOR}")
        if table in APPEND_ONLY:  # written once, never changed (the audit trail)
            conn.exec_driver_sql(f"REVOKE UPDATE, DELETE ON {table} FROM {AGENT}, {SUPERVISOR}")
        conn.exec_driver_sql(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        for old in ("rd_own_insert", "rd_own_update"):  # before c0003: one for both roles
            conn.exec_driver_sql(f"DROP POLICY IF EXISTS {old} ON {table}")
        mine = f"author_id = {_ME}"
        agent = f"{mine} AND {AGENT_CHECKS[table]}" if table in AGENT_CHECKS else mine
        _policy(conn, table, "rd_sup_read", f"FOR SELECT TO {SUPERVISOR} USING (true)")
        _policy(conn, table, "rd_own_read", f"FOR SELECT TO {AGENT} USING ({mine})")
        _policy(conn, table, "rd_sup_insert", f"FOR INSERT TO {SUPERVISOR} WITH CHECK ({mine})")
        _policy(conn, table, "rd_agent_insert", f"FOR INSERT TO {AGENT} WITH CHECK ({agent})")
        _policy(
            conn,
            table,
            "rd_sup_update",
            f"FOR UPDATE TO {SUPERVISOR} USING ({mine}) WITH CHECK ({mine})",
        )
        _policy(
            conn,
            table,
            "rd_agent_update",
            f"FOR UPDATE TO {AGENT} USING ({mine}) WITH CHECK ({agent})",
        )
    # Approvals: a supervisor decides an offer an agent made (the row stays hers).
    _policy(
        conn,
        "offers_made",
        "rd_sup_update",
        f"FOR UPDATE TO {SUPERVISOR} USING (true) WITH CHECK (true)",
    )
    # A call-back a supervisor addresses to an agent is hers to read and to close.
    mine_or_for_me = f"(author_id = {_ME} OR agent_id = {_ME})"
    _policy(conn, "callbacks", "rd_own_read", f"FOR SELECT TO {AGENT} USING ({mine_or_for_me})")
    _policy(
        conn,
        "callbacks",
        "rd_agent_update",
        f"FOR UPDATE TO {AGENT} USING ({mine_or_for_me}) WITH CHECK (agent_id = {_ME})",
    )
    for table in ("assignments", "customers"):
        conn.exec_driver_sql(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        _policy(conn, table, "rd_sup_all", f"FOR ALL TO {SUPERVISOR} USING (true)")
    _policy(
        conn, "assignments", "rd_own_read", f"FOR SELECT TO {AGENT} USING (assignee_id = {_ME})"
    )
    _policy(
        conn,
        "customers",
        "rd_own_read",
        f"FOR SELECT TO {AGENT} USING (id IN (SELECT customer_id FROM assignments "
        f"WHERE assignee_id = {_ME}))",
    )


def add_login(
    conn: Connection, login: str, password: str, app_role: str, name: str | None = None
) -> uuid.UUID:
    """Create (or re-password) login role ``login`` in the group of ``app_role`` and map it
    to the central app user with that login (created when missing). Returns the user id.

    The password goes to the server as a quoted literal and is never logged.
    """
    group = SUPERVISOR if app_role == "supervisor" else AGENT
    raw = conn.connection.driver_connection
    from psycopg import sql  # PostgreSQL only

    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login}).first()
    verb = "ALTER" if exists else "CREATE"
    statement = sql.SQL(verb + " ROLE {} LOGIN PASSWORD {}").format(
        sql.Identifier(login), sql.Literal(password)
    )
    conn.exec_driver_sql(statement.as_string(raw))
    conn.exec_driver_sql(
        sql.SQL("GRANT {} TO {}")
        .format(sql.Identifier(group), sql.Identifier(login))
        .as_string(raw)
    )
    users = CENTRAL["users"]
    user_id = conn.execute(select(users.c.id).where(users.c.login == login)).scalar()
    if user_id is None:
        user_id = uuid.uuid4()
        now = utcnow()
        conn.execute(
            insert(users),
            {
                "id": user_id,
                "created_at": now,
                "updated_at": now,
                "version": 1,
                "name": name or login,
                "login": login,
                "role": app_role,
                "active": True,
                "handful_size": 5,
            },
        )
    conn.execute(logins.delete().where(logins.c.login == login))
    conn.execute(insert(logins), {"login": login, "user_id": user_id, "role": app_role})
    return user_id
