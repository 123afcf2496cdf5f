"""House rules that are cheap to check by reading the source."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "recovery_desk"


def _files(folder: Path = PACKAGE) -> list[Path]:
    return [p for p in folder.rglob("*.py") if "migrations/versions" not in p.as_posix()]


def _offending(pattern: str, files: list[Path]) -> list[str]:
    regex = re.compile(pattern)
    hits = []
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if regex.search(line):
                hits.append(f"{path.relative_to(PACKAGE.parent)}:{number}: {line.strip()}")
    return hits


def test_no_blanket_noqa() -> None:
    assert _offending(r"#\s*noqa(?!:)", _files()) == []


def test_no_exec_underscore() -> None:
    assert _offending(r"\.exec_\(", _files()) == []


def test_no_print_in_package_except_cli_and_start_up() -> None:
    allowed = {"app.py", "startup.py"}  # and the cli/ package: printing is its job
    files = [
        p for p in _files() if p.name not in allowed and p.relative_to(PACKAGE).parts[0] != "cli"
    ]
    assert _offending(r"^\s*print\(", files) == []


def test_ui_never_issues_sql() -> None:
    assert (
        _offending(r"\bSession\(|\bselect\(|\bexecute\(|text\(\"SELECT", _files(PACKAGE / "ui"))
        == []
    )


def test_timers_are_named() -> None:
    """A QTimer must be kept in a named attribute (so leaks can be found), not anonymous."""
    assert _offending(r"^\s*QTimer\(", _files()) == []


def test_tr_only_on_self() -> None:
    """lupdate finds ``self.tr(...)`` in a class; ``other.tr(...)`` is never extracted."""
    assert _offending(r"\b(?!self\b)\w+\.tr\(", _files(PACKAGE / "ui")) == []
