"""Push: the outbox to the centre, exactly once, never what the login may not write.

Each window of the outbox goes in one central transaction with a fresh token, which the
desk notes before it sends. A desk that died after the centre committed but before it
forgot the entries finds its token at the centre next time and forgets them then, so a
change is never applied twice (a second application would look like a conflict).

Before a window is sent, entries the login can never write are set aside (``refused``)
and shown, not retried: catalogue or cycle edits from an agent's desk, calls of another
user of this desk. An agent's changes to customers are dropped: the centre applies a
finished call's effect on its customer itself (``storage/central/rules.py``).
"""

from __future__ import annotations

import uuid
from collections.abc import Generator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from recovery_desk.services.progress import CancelToken, Progress, Throttle
from recovery_desk.services.sync.identity import Identity
from recovery_desk.storage.central import apply, exchange, push
from recovery_desk.storage.central.engine import guarded, translate
from recovery_desk.storage.central.pull import rows_by_id as pull_rows
from recovery_desk.storage.central.schema import ORDERED
from recovery_desk.storage.queries import get_setting, set_setting

PENDING_KEY = "sync.push_pending"

# Why an entry is set aside (stored with it, shown in the status; English, like the log).
NOT_YOURS = "made here by another user: this desk's centre login may not send it"
ROLE = "this desk's centre login ({role}) may not change {table}"
OTHERS = "another person's record at the centre: this login may not change it"

# What an agent's row must meet to be sent (local SQL, alias t), as the centre checks it.
_AGENT_ROWS = {
    "calls": "t.agent_id = '{me}'",
    "callbacks": "t.agent_id = '{me}'",  # hers, or addressed to her by a supervisor
    "audit_log": "(t.user_id IS NULL OR t.user_id = '{me}')",
    **{
        child: "t.call_id IN (SELECT id FROM calls WHERE agent_id = '{me}')"
        for child in ("call_steps", "call_reasons", "offers_made", "promises")
    },
}


@dataclass
class Pushed:
    sent: int = 0
    dropped: int = 0
    refused: int = 0


def _mine(table: str, identity: Identity, me: uuid.UUID | None) -> str:
    if identity.supervises or table not in _AGENT_ROWS:
        return ""
    hexed = me.hex if me is not None else "-"
    return _AGENT_ROWS[table].format(me=hexed)


def _settle_pending(sessions: sessionmaker[Session], engine: Engine) -> None:
    """A window sent by a sync that died: forget it if the centre committed it."""
    with sessions() as session:
        pending = get_setting(session, PENDING_KEY)
    if not pending:
        return
    with guarded(engine, begin=False) as conn:
        committed = push.token_committed(conn, uuid.UUID(pending["token"]))
    with sessions.begin() as session:
        if committed:
            exchange.forget_entries(session, [pending["lo"], pending["hi"]])
        set_setting(session, PENDING_KEY, None)


def push_outbox(
    sessions: sessionmaker[Session],
    engine: Engine,
    identity: Identity,
    me: uuid.UUID | None,
    token: CancelToken,
    batch: int,
) -> Generator[Progress, None, Pushed]:
    """Send every waiting entry, one window per central transaction."""
    raw = engine.dialect.name == "postgresql"  # text COPY of the stored values
    writable = identity.writable()
    result = Pushed()
    _settle_pending(sessions, engine)
    with sessions() as session:
        total = exchange.outbox_count(session)
    throttle = Throttle()
    yield Progress(0, total, "push")
    while True:
        token.check()
        with sessions.begin() as session:
            window = exchange.outbox_window(session, batch)
            if window is None:
                break
            rows = _window(session, engine, window, identity, me, writable, raw, result)
            batch_token = uuid.uuid4()
            set_setting(
                session,
                PENDING_KEY,
                {"token": str(batch_token), "lo": window.lo, "hi": window.hi},
            )
        seqs = [window.lo, window.hi]
        try:
            with guarded(engine) as conn:
                written = {
                    table: push.apply_push(conn, table, rows[table], raw=raw)
                    for table in ORDERED
                    if rows.get(table)
                }
                push.record_token(conn, batch_token)
        except (DBAPIError, SQLAlchemyError) as exc:
            error = translate(exc)
            with sessions.begin() as session:
                exchange.mark_attempt(session, seqs, f"{error.kind}: {error.detail}")
                set_setting(session, PENDING_KEY, None)
            raise error from exc
        with sessions.begin() as session:  # only now: the centre has committed
            for table, done in written.items():
                unwritten = _unwritten(rows[table], done)
                if unwritten:
                    exchange.refuse_ids(session, table, unwritten, OTHERS)
                    result.refused += len(unwritten)
            apply.refresh_refused(session, window.lo, window.hi)
            exchange.forget_entries(session, seqs)
            set_setting(session, PENDING_KEY, None)
        result.sent += sum(len(r) for r in rows.values())
        if throttle.ready():
            yield Progress(result.sent, max(total, result.sent), "push")
    yield Progress(result.sent, max(total, result.sent), "push")
    return result


def _window(
    session: Session,
    engine: Engine,
    window: exchange.OutboxWindow,
    identity: Identity,
    me: uuid.UUID | None,
    writable: set[str],
    raw: bool,
    result: Pushed,
) -> dict[str, list[dict[str, Any]]]:
    """The rows of ``window`` to send, after setting aside what cannot be sent."""
    rows: dict[str, list[dict[str, Any]]] = {}
    for table in window.tables:
        if table not in writable:
            if table == "customers":  # an agent's: the call carries its effect
                result.dropped += exchange.drop_entries(session, table, window)
            else:
                result.dropped += _drop_unchanged(session, engine, window, table)
                why = ROLE.format(role=identity.role, table=table)
                result.refused += exchange.refuse(session, window, table, why)
            continue
        mine = _mine(table, identity, me)
        if mine:
            result.refused += exchange.refuse(session, window, table, NOT_YOURS, keep=mine)
        rows[table] = exchange.window_rows(session, table, window, raw=raw, only=mine)
    apply.refresh_refused(session, window.lo, window.hi)
    return rows


def _drop_unchanged(
    session: Session, engine: Engine, window: exchange.OutboxWindow, table: str
) -> int:
    """Drop entries whose row the centre already holds as it is here (a catalogue seeded
    from the same defaults): nothing would be lost, so there is nothing to show."""
    local = exchange.window_rows(session, table, window)
    if not local:
        return 0
    with guarded(engine, begin=False) as conn:
        central = {r["id"]: r for r in pull_rows(conn, table, [r["id"] for r in local])}
    same = [r["id"] for r in local if _same(r, central.get(r["id"]))]
    return exchange.drop_ids(session, table, window, same)


def _same(local: dict[str, Any], central: dict[str, Any] | None) -> bool:
    if central is None:
        return False
    skip = {"created_at", "updated_at", "version", "rd_base", "rd_fields"}
    return all(central.get(k) == v for k, v in local.items() if k not in skip)


def _unwritten(rows: list[dict[str, Any]], written: set[uuid.UUID]) -> list[uuid.UUID]:
    """Rows the centre neither inserted nor updated (another author's, hidden by RLS);
    rows queued before conflict bases existed replace only older versions, as then."""
    out = []
    for row in rows:
        rid = row["id"] if isinstance(row["id"], uuid.UUID) else uuid.UUID(str(row["id"]))
        if rid not in written and row.get("rd_base") is not None:
            out.append(rid)
    return out
