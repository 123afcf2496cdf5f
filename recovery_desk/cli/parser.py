"""The parser every command group builds on: each option's default in its help, a
sub-command's help as its own description, and help text that may hold a plain ``%``."""

from __future__ import annotations

import argparse
import re
from typing import Any

_LONE_PERCENT = re.compile(r"%%|%(?!\()")


class HelpFormatter(argparse.HelpFormatter):
    """Shows ``(default: X)`` after an option's help unless the help already says it."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = action.help or ""
        # A literal "10-30%" would make argparse's %-formatting print a dict: escape it.
        text = _LONE_PERCENT.sub("%%", text)
        default = action.default
        nothing = default is None or isinstance(default, bool) or default in ([], argparse.SUPPRESS)
        shows_default = action.option_strings and not nothing and "default" not in text.lower()
        if shows_default:
            text = f"{text} (default: %(default)s)" if text else "default: %(default)s"
        return text


class _SubParsers(argparse._SubParsersAction):
    """Gives each sub-command its one-line help as the description of its own ``--help``."""

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        text = kwargs.get("help")
        if text and "description" not in kwargs:
            kwargs["description"] = text[0].upper() + text[1:] + "."
        return super().add_parser(name, **kwargs)


class Parser(argparse.ArgumentParser):
    """``argparse.ArgumentParser`` with :class:`HelpFormatter`; its sub-commands are
    ``Parser`` too (``add_subparsers`` makes parsers of its own class)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)
        self.register("action", "parsers", _SubParsers)
