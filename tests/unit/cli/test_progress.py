"""The one progress driver: a line rewritten in place, ended before the result or an error."""

from __future__ import annotations

import io
from collections.abc import Generator

import pytest

from recovery_desk.cli.common import drive
from recovery_desk.services.progress import Progress


def _work(fail: bool = False) -> Generator[Progress, None, str]:
    yield Progress(0, 4, "reading")
    if fail:
        raise ValueError("row 2 is bad")
    yield Progress(4, 4, "saving")
    return "4 rows"


def test_drive_returns_the_result_and_ends_the_line() -> None:
    stream = io.StringIO()
    assert drive(_work(), label="importing", stream=stream) == "4 rows"
    text = stream.getvalue()
    assert text.startswith("\rimporting: reading 0%") and text.endswith("\n")
    assert text.count("\n") == 1  # one line, rewritten in place


def test_an_error_starts_on_a_line_of_its_own() -> None:
    stream = io.StringIO()
    with pytest.raises(ValueError):
        drive(_work(fail=True), stream=stream)
    assert stream.getvalue().startswith("\rreading 0%") and stream.getvalue().endswith("\n")
