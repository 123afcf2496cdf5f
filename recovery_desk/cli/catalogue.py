"""``recovery-desk catalogue export|import``: the whole catalogue as one JSON file
(supervisors; the format is in docs/catalogue-format.md)."""

from __future__ import annotations

import argparse
from pathlib import Path

from recovery_desk.cli.common import (
    EXIT_NOTHING,
    EXIT_OK,
    CliError,
    Subparsers,
    add_common,
    current_user,
    workspace,
)


def register(sub: Subparsers) -> None:
    parser = sub.add_parser("catalogue", help="export or import the whole catalogue (supervisors)")
    inner = parser.add_subparsers(dest="catalogue_command", required=True)
    export = inner.add_parser("export", help="write reasons, offers, scripts and phrases to JSON")
    add_common(export)
    export.add_argument("--out", required=True, help="the JSON file to write")
    export.set_defaults(handler=cmd_export)
    imp = inner.add_parser(
        "import", help="check a catalogue JSON file, then apply it all or nothing"
    )
    add_common(imp)
    imp.add_argument("file", help="the JSON file to read (see docs/catalogue-format.md)")
    imp.set_defaults(handler=cmd_import)


def cmd_export(args: argparse.Namespace) -> int:
    from recovery_desk.services.catalogue import files as catalogue_files

    out = Path(args.out)
    if not out.parent.is_dir():
        raise CliError(f"the folder {out.parent} does not exist")
    with workspace(args) as ws:
        user = current_user(ws, supervisor=True)
        try:
            counts = catalogue_files.export_catalogue(ws.sessions, user, out)
        except OSError as exc:
            raise CliError(f"cannot write {out}: {exc.strerror or exc}", EXIT_NOTHING) from exc
    summary = ", ".join(f"{n} {kind}" for kind, n in counts.items())
    print(f"catalogue written to {out}: {summary}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from recovery_desk.services.catalogue import files as catalogue_files

    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"{path} does not exist or is not a file")
    with workspace(args) as ws:
        user = current_user(ws, supervisor=True)
        try:
            report = catalogue_files.import_catalogue(ws.sessions, user, path)
        except OSError as exc:
            raise CliError(f"cannot read {path}: {exc.strerror or exc}", EXIT_NOTHING) from exc
    print(f"catalogue imported from {path}:")
    for line in report.lines():
        print(f"  {line}")
    return EXIT_OK
