"""Help a new user can act on: every option says what it does and its default, each
sub-command has a description, and the top-level help lists the app's own options."""

from __future__ import annotations

import argparse

from recovery_desk.cli.main import build_parser
from tests.conftest import run_cli

# Options of command groups owned elsewhere, still without help (tell their owners).
OWNED_ELSEWHERE: set[tuple[str, str]] = set()


def _parsers(
    parser: argparse.ArgumentParser, path: str = ""
) -> list[tuple[str, argparse.ArgumentParser]]:
    found = [(path, parser)]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _parsers(sub, f"{path} {name}".strip())
    return found


def test_every_option_says_what_it_does() -> None:
    missing = {
        (path, action.option_strings[0] if action.option_strings else action.dest)
        for path, parser in _parsers(build_parser())
        for action in parser._actions
        if not action.help and not isinstance(action, argparse._SubParsersAction)
    }
    assert missing == OWNED_ELSEWHERE


def test_every_default_is_shown_and_every_sub_command_described() -> None:
    for path, parser in _parsers(build_parser()):
        text = parser.format_help()
        if path:
            assert parser.description, path
        flat = " ".join(text.split())
        for action in parser._actions:
            default = action.default
            if not action.option_strings or not action.help or isinstance(default, bool):
                continue
            if default is None or default in ([], argparse.SUPPRESS):
                continue
            said = "default" in action.help.lower()  # in its own words, e.g. "(default BR)"
            assert said or f"(default: {default})" in flat, (path, action.dest)


def test_demo_help_describes_it_with_its_defaults() -> None:
    helped = " ".join(run_cli("demo", "--help").stdout.split())
    assert "Fill an empty data folder with believable demo data" in helped
    assert "how many departed customers to make (default: 2000)" in helped
    assert "the same seed makes the same data set again (default: 1)" in helped


def test_top_level_help_lists_the_app_options_and_the_exit_codes() -> None:
    helped = run_cli("--help")
    assert helped.returncode == 0
    text = " ".join(helped.stdout.split())
    for option in ("--demo", "--data-dir DIR", "--lang {pt_BR,pt_PT,en}", "--verbose", "user"):
        assert option in text
    assert "4 unexpected error (details in the log)" in text


def test_app_options_before_a_sub_command_apply_to_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "d"
    assert (
        run_cli("--data-dir", str(data), "user", "add", "Ana", "--role", "supervisor").returncode
        == 0
    )
    listed = run_cli("--data-dir", str(data), "user", "list")
    assert "Ana" in listed.stdout
    refused = run_cli("--lang", "pt_BR", "user", "list", data_dir=data)
    assert refused.returncode == 2 and "--lang before a sub-command" in refused.stderr
