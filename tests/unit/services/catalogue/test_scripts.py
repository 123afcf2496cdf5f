"""Scripts refuse unknown placeholders; phrases list and the sentence test; users."""

from __future__ import annotations

import pytest

from recovery_desk.domain.enums import Role
from recovery_desk.domain.errors import ValidationError
from recovery_desk.services.catalogue import scripts
from recovery_desk.services.users import admin as user_admin
from tests.unit.services.catalogue.helpers import customer


def test_unknown_placeholder_refused_and_nothing_saved(sessions, supervisor):
    before = scripts.get_script(sessions, "apologise", "en")
    bad = scripts.ScriptDTO("apologise", "en", "Sorry", "Hello {frist_name}", ("ok",))
    assert scripts.script_problems(bad.title, bad.body, bad.checklist) == [("body", "frist_name")]
    with pytest.raises(ValidationError) as info:
        scripts.save_script(sessions, supervisor, bad)
    assert info.value.field == "body" and "{frist_name}" in info.value.message
    with pytest.raises(ValidationError) as info:
        scripts.save_script(
            sessions,
            supervisor,
            scripts.ScriptDTO("apologise", "en", "Sorry", "Hi", ("Ask {whatever}",)),
        )
    assert info.value.field == "checklist[0]"
    assert scripts.get_script(sessions, "apologise", "en") == before


def test_save_and_preview_with_sample_customer(sessions, supervisor):
    customer(sessions, revenue=99999)
    good = scripts.ScriptDTO(
        "listen", "pt_BR", "Ouvir", "Olá {first_name}, sou {agent_name}.", ("Deixe desabafar",)
    )
    scripts.save_script(sessions, supervisor, good)
    assert scripts.get_script(sessions, "listen", "pt_BR") == good
    values = scripts.sample_values(sessions, "Sofia")
    assert scripts.preview(good.body, values) == "Olá Maria, sou Sofia."


def test_phrases_add_remove_and_test_sentence(sessions, supervisor):
    added = scripts.add_phrase(sessions, supervisor, "en", "blame the weather gods", "Own it")
    with pytest.raises(ValidationError):
        scripts.add_phrase(sessions, supervisor, "en", "Blame the  WEATHER gods")
    hits = scripts.check_sentence(sessions, "en", "Well, blame the weather gods, sorry")
    assert [h.phrase for h in hits] == ["blame the weather gods"]
    scripts.remove_phrase(sessions, supervisor, added.id)
    assert scripts.check_sentence(sessions, "en", "blame the weather gods") == []


def test_last_supervisor_is_protected(sessions, supervisor):
    me = user_admin.UserInput(supervisor.name, Role.SUPERVISOR, True, id=supervisor.id)
    for change in ({"active": False}, {"role": Role.AGENT}):
        data = user_admin.UserInput(**{**me.__dict__, **change})
        with pytest.raises(ValidationError):
            user_admin.save_user(sessions, supervisor, data)
    other = user_admin.save_user(
        sessions, supervisor, user_admin.UserInput("Bruno", Role.SUPERVISOR)
    )
    demoted = user_admin.save_user(
        sessions, supervisor, user_admin.UserInput(supervisor.name, Role.AGENT, id=supervisor.id)
    )
    assert demoted.role is Role.AGENT
    assert other.is_supervisor


def test_user_validation(sessions, supervisor):
    with pytest.raises(ValidationError) as info:
        user_admin.save_user(
            sessions, supervisor, user_admin.UserInput("Exec", Role.EXECUTIVE, handful_size=11)
        )
    assert info.value.field == "handful_size"
    user_admin.save_user(sessions, supervisor, user_admin.UserInput("A", Role.AGENT, login="a"))
    with pytest.raises(ValidationError) as info:
        user_admin.save_user(sessions, supervisor, user_admin.UserInput("B", Role.AGENT, login="a"))
    assert info.value.field == "login"
    names = [u.name for u in user_admin.list_all_users(sessions, supervisor)]
    assert names == sorted(names) and "A" in names
