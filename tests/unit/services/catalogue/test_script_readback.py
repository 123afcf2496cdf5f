"""Catalogue → Scripts: a script that reads the reason as a clause is refused (finding 6)."""

from __future__ import annotations

import pytest

from recovery_desk.domain.errors import ValidationError
from recovery_desk.services.catalogue import scripts
from recovery_desk.services.dto import Sessions, UserDTO


def test_a_diagnose_script_saying_because_reason_is_refused(
    sessions: Sessions, supervisor: UserDTO
) -> None:
    current = scripts.get_script(sessions, "diagnose", "pt_BR")
    bad = scripts.ScriptDTO("diagnose", "pt_BR", current.title, "Você saiu porque {reason}?", ())
    with pytest.raises(ValidationError) as caught:
        scripts.save_script(sessions, supervisor, bad)
    assert caught.value.field == "body" and "not 'because {reason}'" in caught.value.message
    good = scripts.ScriptDTO("diagnose", "pt_BR", current.title, "Motivo principal: {reason}.", ())
    assert scripts.save_script(sessions, supervisor, good).body == "Motivo principal: {reason}."
