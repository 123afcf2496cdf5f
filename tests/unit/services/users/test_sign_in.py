"""Signing in: Argon2 hashes kept on the desk only, the delay after failures, who may choose
a first password, and the audit entries a supervisor reads."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from recovery_desk.domain.enums import Role
from recovery_desk.domain.errors import ValidationError
from recovery_desk.services.dto import UserDTO
from recovery_desk.services.users import access as users
from recovery_desk.services.users import admin, sign_in
from recovery_desk.storage.tables import TRAVELLING_TABLES, AuditEntry, User, UserCredential
from recovery_desk.storage.types import utcnow


def _actions(sessions) -> list[tuple[str, dict | None]]:  # type: ignore[no-untyped-def]
    with sessions() as session:
        rows = session.execute(
            select(AuditEntry.action, AuditEntry.details).order_by(AuditEntry.at)
        ).all()
    return [
        (action, details)
        for action, details in rows
        if action.startswith(("sign_in", "user.password"))
    ]


def test_the_hash_is_argon2_local_and_never_in_a_travelling_table(sessions, supervisor) -> None:
    sign_in.set_password(sessions, supervisor, supervisor.id, "sofia-secret")
    assert "user_credentials" not in TRAVELLING_TABLES
    with sessions() as session:
        stored = session.get(UserCredential, supervisor.id)
        assert stored is not None and stored.password_hash.startswith("$argon2id$")
        assert "sofia-secret" not in stored.password_hash
        details = session.scalars(select(AuditEntry.details)).all()
    assert all("sofia-secret" not in str(d) for d in details)


def test_a_desk_with_one_user_opens_straight_in(sessions, supervisor) -> None:
    assert not sign_in.needs_sign_in(sessions)
    agent = users.create_user(sessions, "Bruno", Role.AGENT)
    assert sign_in.needs_sign_in(sessions)
    admin.save_user(sessions, supervisor, admin.UserInput("Bruno", Role.AGENT, False, id=agent.id))
    assert not sign_in.needs_sign_in(sessions)  # only active users count


def test_wrong_passwords_are_audited_and_slow_down(sessions, supervisor, agent) -> None:
    sign_in.set_password(sessions, supervisor, agent.id, "andre-secret")
    now = utcnow()
    delays = []
    for _ in range(5):
        with pytest.raises(sign_in.SignInRefused) as refused:
            sign_in.sign_in(sessions, agent.id, "guess-guess", now=now)
        delays.append(refused.value.wait_seconds)
        now += timedelta(seconds=refused.value.wait_seconds)
    assert delays == [0, 0, 5, 10, 20]  # two free tries, then doubling
    failed = [d for a, d in _actions(sessions) if a == "sign_in.failed"]
    assert [d["failures"] for d in failed] == [1, 2, 3, 4, 5]  # type: ignore[index]
    with sessions() as session:
        who = session.scalars(
            select(AuditEntry.user_id).where(AuditEntry.action == "sign_in.failed")
        )
        assert set(who) == {supervisor.id}  # the desk's signed-in user, not the one tried

    # While the delay runs, even the right password is not checked (nor counted).
    with pytest.raises(sign_in.SignInRefused) as waiting:
        sign_in.sign_in(sessions, agent.id, "andre-secret", now=now - timedelta(seconds=3))
    assert waiting.value.wait_seconds == 3
    assert len([a for a, _ in _actions(sessions) if a == "sign_in.failed"]) == 5
    # Once it is over, the right password signs in, switches the desk and clears the count.
    assert sign_in.sign_in(sessions, agent.id, "andre-secret", now=now) == agent
    assert users.current_user(sessions) == agent
    assert _actions(sessions)[-1] == ("sign_in.switch", {"via": "app", "from": str(supervisor.id)})
    assert sign_in.password_state(sessions, agent.id).wait_seconds == 0
    with sessions() as session:
        cred = session.get(UserCredential, agent.id)
        assert cred is not None and cred.failed_count == 0


def test_the_delay_never_locks_anyone_out_for_good() -> None:
    assert sign_in.delay_after(50) == sign_in.MAX_DELAY_S == 15 * 60


def test_only_the_desks_own_user_chooses_a_first_password(sessions, supervisor, agent) -> None:
    # The agent must not become the supervisor by choosing the supervisor's password: the
    # supervisor set this desk up (its owner), so only they choose theirs.
    assert sign_in.password_state(sessions, supervisor.id).may_choose
    agent_state = sign_in.password_state(sessions, agent.id)
    assert not agent_state.has_password and not agent_state.may_choose
    with pytest.raises(sign_in.SignInRefused, match="a supervisor sets one"):
        sign_in.sign_in(sessions, agent.id, "", new_password="my-own-choice")
    users.set_current_user(sessions, agent.id)  # the agent at the desk now
    with pytest.raises(sign_in.SignInRefused) as choose:
        sign_in.sign_in(sessions, supervisor.id, "")
    assert choose.value.choose
    with pytest.raises(ValidationError, match="at least 8"):
        sign_in.sign_in(sessions, supervisor.id, "", new_password="short")
    sign_in.sign_in(sessions, supervisor.id, "", new_password="sofia-secret")
    assert not sign_in.password_state(sessions, supervisor.id).may_choose
    assert sign_in.sign_in(sessions, supervisor.id, "sofia-secret") == supervisor


def test_the_centre_logins_user_is_the_desks_own(sessions, supervisor, agent) -> None:
    from recovery_desk.storage.queries import set_setting

    with sessions.begin() as session:
        set_setting(session, sign_in.IDENTITY_KEY, str(agent.id))  # what identity.adopt keeps
    assert sign_in.password_state(sessions, agent.id).may_choose
    assert not sign_in.password_state(sessions, supervisor.id).may_choose


def test_who_sets_whose_password(sessions, supervisor, agent) -> None:
    with pytest.raises(ValidationError, match="only a supervisor"):
        sign_in.set_password(sessions, agent, supervisor.id, "agent-chose")
    sign_in.set_password(sessions, agent, agent.id, "andre-own-1")  # their own: yes
    sign_in.set_password(sessions, supervisor, agent.id, "reset-by-sofia")  # a reset
    assert sign_in.sign_in(sessions, agent.id, "reset-by-sofia") == agent
    resets = [d for a, d in _actions(sessions) if a == "user.password"]
    assert resets == [
        {"first": True, "by_supervisor": False},
        {"first": False, "by_supervisor": True},
    ]


def test_only_the_only_supervisors_password_can_be_recovered(sessions, supervisor, agent) -> None:
    with pytest.raises(ValidationError):
        sign_in.recover_last_supervisor(sessions, agent.id, "agent-wants", "maria")
    sign_in.recover_last_supervisor(sessions, supervisor.id, "recovered-1", "maria")
    assert sign_in.sign_in(sessions, supervisor.id, "recovered-1") == supervisor
    other = users.create_user(sessions, "Outra", Role.SUPERVISOR)
    with pytest.raises(ValidationError):
        sign_in.recover_last_supervisor(sessions, other.id, "recovered-2", "maria")


def test_a_deactivated_user_cannot_sign_in(sessions, supervisor, agent) -> None:
    sign_in.set_password(sessions, supervisor, agent.id, "andre-secret")
    admin.save_user(
        sessions, supervisor, admin.UserInput("André Agente", Role.AGENT, False, id=agent.id)
    )
    with pytest.raises(sign_in.SignInRefused, match="deactivated"):
        sign_in.sign_in(sessions, agent.id, "andre-secret")


def test_the_lock_is_audited(sessions, supervisor: UserDTO) -> None:
    sign_in.record_lock(sessions, supervisor, idle_minutes=15)
    assert _actions(sessions) == [("sign_in.lock", {"idle_minutes": 15})]


def test_audit_rows_are_append_only_but_can_be_redacted(sessions, supervisor) -> None:
    sign_in.set_password(sessions, supervisor, supervisor.id, "sofia-secret")
    with sessions() as session:
        entry = session.scalars(select(AuditEntry)).first()
        assert entry is not None
        entry.action = "something.else"
        with pytest.raises(Exception, match="append-only"):
            session.commit()
        session.rollback()
        session.delete(entry)
        with pytest.raises(Exception, match="append-only"):
            session.commit()
        session.rollback()
        # The erasure's redaction (docs/security.md): the three JSON columns to NULL only.
        entry.before = entry.after = entry.details = None
        session.commit()
        kept = session.get(AuditEntry, entry.id)
        assert kept is not None and kept.action == "user.password" and kept.details is None
        assert session.get(User, supervisor.id) is not None


def test_a_demo_desk_opens_straight_in(workspace) -> None:
    from recovery_desk.services.demo import generate

    generate.generate(workspace.sessions, customers=20, seed=1)
    assert len(users.list_users(workspace.sessions)) > 1  # a whole invented team
    assert not sign_in.needs_sign_in(workspace.sessions)
