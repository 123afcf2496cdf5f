"""Sync through the SQLite stand-in centre, settings and the keyring (issue 5)."""

from __future__ import annotations

import logging
import uuid
from pathlib import Path

import keyring
import pytest
from sqlalchemy import select, update

from recovery_desk.domain.enums import Role
from recovery_desk.paths import AppPaths
from recovery_desk.services.progress import run_to_end
from recovery_desk.services.sync import settings as sync_settings
from recovery_desk.services.sync.push_pull import CentralError, conflicts, history, sync, waiting
from recovery_desk.services.sync.settings import (
    CentralSettings,
    KeyringUnavailable,
    load_settings,
    save_settings,
    target_from_settings,
    target_from_url,
)
from recovery_desk.storage.central.engine import make_engine
from recovery_desk.storage.central.schema import CENTRAL
from recovery_desk.storage.tables import Call, CallReason, Reason
from tests.integration import sync_support as S


def _standin(ws):  # type: ignore[no-untyped-def]
    return target_from_settings(load_settings(ws.sessions), ws.paths)


def test_standin_centre_round_trip(template_data_dir: Path, tmp_path: Path) -> None:
    ws = S.desktop(template_data_dir, tmp_path / "d")
    target = _standin(ws)
    assert target.standin and str(ws.paths.local_centre) in target.describe()
    call = S.add_call(ws, reasons=2)
    S.run_sync(ws, target)
    S.run_sync(ws, target)
    url = str(target.url)
    assert S.central_rows(url, "calls") == S.local_rows(ws, Call)
    assert S.central_rows(url, "call_reasons") == S.local_rows(ws, CallReason)
    assert waiting(ws.sessions) == 0
    S.edit_call(ws, call, "won_back")
    S.run_sync(ws, target)
    assert S.central_rows(url, "calls", "outcome", "version") == [("won_back", 2)]
    assert history(ws.sessions)[0].ok
    ws.close()


def test_later_edit_wins_retirement_sticks_and_the_overruled_value_is_kept(
    template_data_dir: Path, tmp_path: Path
) -> None:
    ws = S.desktop(template_data_dir, tmp_path / "d")
    target = _standin(ws)
    S.run_sync(ws, target)
    call = S.add_call(ws, reasons=1)
    with ws.sessions() as session:
        reason_id = session.scalar(select(CallReason.reason_id).where(CallReason.call_id == call))
    engine = make_engine(target.url)
    reasons = CENTRAL["reasons"]
    with engine.begin() as conn:  # retired and relabelled at the centre
        conn.execute(
            update(reasons)
            .where(reasons.c.id == reason_id)
            .values(active=False, label_en="Retired", version=reasons.c.version + 5)
        )
    engine.dispose()
    with ws.sessions.begin() as session:  # meanwhile, a local edit of the same reason
        reason = session.get(Reason, reason_id)
        assert reason is not None
        reason.label_en = "Local edit"
    S.run_sync(ws, target)
    S.run_sync(ws, target)
    with ws.sessions() as session:
        reason = session.get(Reason, reason_id)
        # The later change reaches the centre last and wins; the retirement is merged in.
        assert reason is not None and reason.label_en == "Local edit" and not reason.active
        lost = [c.lost for c in conflicts(ws.sessions) if c.entity_id == reason_id]
        assert lost and lost[0]["label_en"] == "Retired"
        assert session.scalar(select(CallReason.reason_id).where(CallReason.call_id == call))
        picker = session.scalars(select(Reason.id).where(Reason.active.is_(True))).all()
        assert reason_id not in picker
    ws.close()


def test_agent_desktop_pushes_only_authored_records(
    template_data_dir: Path, tmp_path: Path
) -> None:
    ws = S.desktop(template_data_dir, tmp_path / "d", Role.AGENT)
    # What a login may write follows its role at the centre; the stand-in is the desk's own.
    from recovery_desk.services.sync.identity import OWNER, Identity

    agent = Identity(uuid.uuid4(), "agent").writable()
    assert "reasons" not in agent and "customers" not in agent and "calls" in agent
    assert "reasons" in Identity(uuid.uuid4(), "supervisor").writable()
    assert "reasons" in Identity(None, OWNER).writable()
    ws.close()


def test_settings_never_hold_the_password(
    template_data_dir: Path,
    tmp_path: Path,
    memory_keyring: S.MemoryKeyring,
    caplog: pytest.LogCaptureFixture,
) -> None:
    secret = "Pa55-never-stored"
    ws = S.desktop(template_data_dir, tmp_path / "d")
    settings = CentralSettings(host="127.0.0.1", port=1, database="rd", user="ana")
    caplog.set_level(logging.DEBUG)
    handler = logging.FileHandler(ws.paths.log_file, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    logging.getLogger("recovery_desk").addHandler(handler)  # the app's log file
    save_settings(ws.sessions, settings)
    sync_settings.store_password(settings, secret)
    assert load_settings(ws.sessions) == settings
    assert sync_settings.read_password(settings) == secret
    target = target_from_settings(settings, ws.paths)
    assert secret not in target.describe()
    with pytest.raises(CentralError):  # port 1 is closed: unreachable
        run_to_end(sync(ws.sessions, target))
    assert history(ws.sessions)[0].error_kind == "unreachable"
    logging.getLogger("recovery_desk").removeHandler(handler)
    handler.close()
    ws.close()
    assert ws.paths.log_file.exists()
    for path in ws.paths.data_dir.rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path
    assert secret not in caplog.text


def test_no_keyring_gives_a_clear_message(monkeypatch: pytest.MonkeyPatch) -> None:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(KeyringUnavailable, match="no keyring available"):
            sync_settings.store_password(CentralSettings(host="h"), "x")
        monkeypatch.setenv(sync_settings.PASSWORD_ENV, "from-env")
        assert sync_settings.read_password(CentralSettings(host="h")) == "from-env"
    finally:
        keyring.set_keyring(previous)


def test_central_schema_mirrors_every_travelling_table() -> None:
    from recovery_desk.storage.central.schema import AUTHORED, ORDERED
    from recovery_desk.storage.tables import TRAVELLING_TABLES, Base

    assert set(CENTRAL) == set(TRAVELLING_TABLES) == set(ORDERED)
    for name, table in CENTRAL.items():
        local = {c.name for c in Base.metadata.tables[name].columns}
        assert local <= {c.name for c in table.columns}
        assert "change_seq" in table.c
        assert ("author_id" in table.c) == (name in AUTHORED or "author_id" in local)
    assert ORDERED.index("calls") < ORDERED.index("call_reasons")  # parents first


def test_cancel_keeps_the_outbox(template_data_dir: Path, tmp_path: Path) -> None:
    from recovery_desk.services.progress import Cancelled, CancelToken

    ws = S.desktop(template_data_dir, tmp_path / "d")
    before = waiting(ws.sessions)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        run_to_end(sync(ws.sessions, _standin(ws), token))
    assert waiting(ws.sessions) == before
    ws.close()


def test_pulled_rows_are_not_queued_again(template_data_dir: Path, tmp_path: Path) -> None:
    ws = S.desktop(template_data_dir, tmp_path / "d")
    target = _standin(ws)
    S.run_sync(ws, target)
    engine = make_engine(target.url)
    reasons = CENTRAL["reasons"]
    with engine.begin() as conn:
        conn.execute(update(reasons).values(version=reasons.c.version + 1))
    engine.dispose()
    report = S.run_sync(ws, target)
    assert report.pulled >= 50
    assert waiting(ws.sessions) == 0  # written with from_centre: no outbox entries
    ws.close()


def test_a_demo_desk_sends_nothing_to_a_centre(data_paths: AppPaths) -> None:
    """Issue 18, finding 10: a demo folder pushed cycles and assignments made on demo
    customers (which never synced) to a centre. Demo data stays on the computer, whole."""
    from recovery_desk.services.demo.generate import generate
    from recovery_desk.services.workspace import open_workspace

    data_paths.data_dir.rename(data_paths.data_dir.with_name("empty"))
    ws = open_workspace(data_paths)  # an empty folder: the demo sets it up
    generate(ws.sessions, customers=30, seed=3)
    queued = waiting(ws.sessions)
    assert queued > 0
    centre = target_from_url("postgresql://ana@127.0.0.1:9/rd")
    with pytest.raises(CentralError) as refused:
        run_to_end(sync(ws.sessions, centre))
    assert refused.value.kind == "demo"
    assert waiting(ws.sessions) == queued  # nothing sent, nothing lost
    S.run_sync(ws, _standin(ws))  # the desk's own stand-in file is fine
    ws.close()
