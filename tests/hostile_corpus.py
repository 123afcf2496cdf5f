"""Hostile inputs for the ``recovery-desk`` CLI: bombs, broken files, bad targets, damaged
databases. Generated here, never committed as binaries.

Each :class:`Case` builds its input in a folder and says what the CLI must do with it: the
exit code, the one line on stderr (a fragment of it) and whether the database may change.
:func:`run_case` runs it in a fresh process and reports the exit code, stderr, the peak
memory of that process and the time. ``tests/unit/cli/test_hostile_corpus.py`` runs every
case; ``tests/benchmarks/bench_hostile.py`` times the bombs.

``python -m tests.hostile_corpus OUT`` writes the inputs to ``OUT`` to probe by hand.
"""

from __future__ import annotations

import csv
import hashlib
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tests.hostile_xlsx import (
    HEADER,
    LAUGHS,
    XXE_SHEET,
    empty_rows,
    formula_sheet,
    huge_shared,
    shared_sheet,
    wide_row,
    xlsx,
)

ROOT = Path(__file__).resolve().parents[1]
PEAK_LIMIT_MB = 500
"""The issue's bound: a bomb is refused under 500 MB."""


ROWS = 1000


def good_rows(count: int = ROWS) -> Iterator[list[str]]:
    for i in range(count):
        yield [f"{i:06d}", f"Cliente {i}", f"R$ {i % 90 + 10},00", "Preço alto"]


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows(rows)
    return path


# --- databases ------------------------------------------------------------------------------


def _db_two_revisions(db: Path) -> None:
    conn = sqlite3.connect(db)
    (head,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    conn.execute("INSERT INTO alembic_version VALUES (?)", (head + "x",))
    conn.commit()
    conn.close()


def _db_truncated(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 3])


def _db_no_tables(db: Path) -> None:
    db.unlink()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 1")  # a valid SQLite file with no table at all
    conn.commit()
    conn.close()


def _db_read_only(db: Path) -> None:
    db.chmod(0o444)


# --- cases --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One hostile input and what the CLI must answer.

    ``build(folder, data_dir)`` makes the input and returns the CLI's arguments;
    ``says`` is a fragment of the one line on stderr; ``lines`` how many lines stderr has
    (``None``: at least one); ``db_may_change`` whether the database may be written
    (a partial import); ``non_root``: the case only means something for a normal user
    (root ignores file modes), so as root it runs without the capabilities that ignore them.
    """

    name: str
    build: Callable[[Path, Path], list[str]]
    exit_code: int
    says: str
    lines: int | None = 1
    db_may_change: bool = False
    non_root: bool = False
    bomb: bool = False
    check: Callable[[Path], None] | None = field(default=None, compare=False)

    @property
    def kind(self) -> str:
        """``import``, ``export`` or ``database``, from the name's prefix."""
        prefix, colon, _rest = self.name.partition(": ")
        return {"export": "export", "db": "database"}.get(prefix, "import") if colon else "import"


def _import(make: Callable[[Path], Path]) -> Callable[[Path, Path], list[str]]:
    return lambda folder, _data: ["import", str(make(folder))]


def _export(target: Callable[[Path], str]) -> Callable[[Path, Path], list[str]]:
    return lambda folder, _data: ["export", "reasons", "--out", target(folder)]


def _symlink(folder: Path) -> str:
    elsewhere = folder / "elsewhere.csv"
    elsewhere.write_text("precious\n", encoding="utf-8")
    (folder / "link.csv").symlink_to(elsewhere)
    return str(folder / "link.csv")


def _dangling(folder: Path) -> str:
    (folder / "dangling.csv").symlink_to(folder / "nowhere.csv")
    return str(folder / "dangling.csv")


def _link_untouched(folder: Path) -> None:
    assert (folder / "elsewhere.csv").read_text(encoding="utf-8") == "precious\n"


def _nowhere_untouched(folder: Path) -> None:
    assert not (folder / "nowhere.csv").exists()


def _read_only_folder(folder: Path) -> str:
    locked = folder / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    return str(locked / "rd.csv")


def _existing_read_only(folder: Path) -> str:
    target = folder / "old.csv"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o444)
    return str(target)


def _mode_kept(folder: Path) -> None:
    target = folder / "old.csv"
    assert target.stat().st_mode & 0o777 == 0o444
    assert target.read_text(encoding="utf-8-sig").startswith("source")


def _database(change: Callable[[Path], None]) -> Callable[[Path, Path], list[str]]:
    def build(_folder: Path, data: Path) -> list[str]:
        change(data / "recovery-desk.sqlite3")
        return ["report", "reasons"]

    return build


def _zero_byte(_folder: Path, data: Path) -> list[str]:
    (data / "recovery-desk.sqlite3").write_bytes(b"")
    for extra in ("-wal", "-shm"):
        (data / f"recovery-desk.sqlite3{extra}").unlink(missing_ok=True)
    return ["report", "reasons"]


def _nul_csv(folder: Path) -> Path:
    rows = [HEADER, *good_rows()]
    rows[500][1] = "Clien\x00te 499"
    path = folder / "nul.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows(rows)
    return path


def _bom_utf16(folder: Path) -> Path:
    path = folder / "bom16.csv"
    text = "Código;Nome;Valor\n001;João Conceição;R$ 10,00\n"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-16-le"))
    return path


def _huge_header(folder: Path) -> Path:
    path = folder / "header.csv"
    with path.open("w", encoding="ascii") as fh:
        for _ in range(50):
            fh.write("a;" * 500_000)
        fh.write("\n1;2\n")
    return path


def _short_fields(folder: Path) -> Path:
    path = folder / "fields.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write("Código;Nome\n")
        for _ in range(50):
            fh.write("1;" * 500_000)
        fh.write("\n")
    return path


def _huge_cell(folder: Path) -> Path:
    path = folder / "cell.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write('Código;Nome\n1;"')
        for _ in range(50):
            fh.write(("x" * 99 + "\n") * 10_000)
        fh.write('"\n')
    return path


CASES: list[Case] = [
    # imports
    Case("nul byte", _import(_nul_csv), 0, "row 501, field 'name'", lines=None, db_may_change=True),
    Case("bom + utf-16", _import(_bom_utf16), 0, "", lines=0, db_may_change=True),
    Case(
        "duplicate header",
        _import(lambda f: _csv(f / "dup.csv", [["Nome", "Valor", "Valor"], ["Ana", "1", "999"]])),
        2,
        "columns B, C have the same name 'Valor'",
    ),
    Case("50 MB header", _import(_huge_header), 2, "row 1 is longer than 1,000,000", bomb=True),
    Case("50 MB of short fields", _import(_short_fields), 2, "row 2 is longer", bomb=True),
    Case("50 MB cell", _import(_huge_cell), 2, "row 2 is longer than 1,000,000", bomb=True),
    Case(
        "30M empty rows",
        _import(lambda f: xlsx(f / "rows.xlsx", empty_rows(30_000_000))),
        2,
        "goes on past row 1,048,576",
        bomb=True,
    ),
    Case(
        "400 MB shared string",
        _import(lambda f: xlsx(f / "sst.xlsx", shared_sheet(), huge_shared(400_000_000))),
        2,
        "xl/sharedStrings.xml unpacks to more than 100 MB",
        bomb=True,
    ),
    Case(
        "5M cells in one row",
        _import(lambda f: xlsx(f / "wide.xlsx", wide_row(5_000_000))),
        2,
        "row 2 has more than 1,000 columns",
        bomb=True,
    ),
    Case("XXE", _import(lambda f: xlsx(f / "xxe.xlsx", XXE_SHEET)), 2, "refused for safety"),
    Case(
        "billion laughs",
        _import(lambda f: xlsx(f / "laughs.xlsx", shared_sheet(), LAUGHS)),
        2,
        "refused for safety",
    ),
    Case(
        "formula without value",
        _import(lambda f: xlsx(f / "formula.xlsx", formula_sheet())),
        0,
        "cell B3 holds a formula without a saved value",
        lines=None,
        db_may_change=True,
    ),
    # exports
    Case(
        "export: read-only folder",
        _export(_read_only_folder),
        2,
        "Permission denied",
        non_root=True,
    ),
    Case("export: /sys", _export(lambda f: "/sys/rd.csv"), 2, "/sys/rd.csv cannot be written"),
    Case("export: /proc", _export(lambda f: "/proc/rd.csv"), 2, "/proc/rd.csv cannot be written"),
    Case(
        "export: folder at the name",
        _export(lambda f: str((f / "x.csv").mkdir() or f / "x.csv")),
        2,
        "is a folder: choose a file name",
    ),
    Case(
        "export: 256-byte name",
        _export(lambda f: str(f / ("n" * 252 + ".csv"))),
        2,
        "the name is 256 bytes long; this folder allows at most 255",
    ),
    Case(
        "export: 254-byte name",
        _export(lambda f: str(f / ("n" * 250 + ".csv"))),
        0,
        "",
        lines=0,
        db_may_change=True,
    ),
    Case(
        "export: symlink",
        _export(_symlink),
        2,
        "is a symbolic link",
        check=_link_untouched,
    ),
    Case(
        "export: dangling symlink",
        _export(_dangling),
        2,
        "is a symbolic link",
        check=_nowhere_untouched,
    ),
    Case(
        "export: existing read-only file",
        _export(_existing_read_only),
        0,
        "existed and was replaced (its permissions kept)",
        db_may_change=True,
        check=_mode_kept,
    ),
    # databases
    Case("db: two revisions", _database(_db_two_revisions), 3, "more than one schema version"),
    Case("db: truncated", _database(_db_truncated), 3, "is damaged and cannot be read"),
    Case("db: zero bytes", _zero_byte, 3, "is an empty file"),
    Case("db: no tables", _database(_db_no_tables), 3, "is an empty file"),
    Case("db: read-only", _database(_db_read_only), 3, "is read-only", non_root=True),
]


# --- running ------------------------------------------------------------------------------

_CHILD = """
import atexit, os, sys
def _peak():
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                with open(os.environ["RD_PEAK_FILE"], "w", encoding="ascii") as out:
                    out.write(line.split()[1])
atexit.register(_peak)
from recovery_desk.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


@dataclass(frozen=True)
class Outcome:
    code: int
    stderr: str
    stdout: str
    peak_mb: float
    seconds: float


NO_OVERRIDE = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner"]
"""Run as root without the power to ignore file modes (so a read-only file is one)."""


def run_case(
    args: list[str],
    data_dir: Path,
    *,
    modes_apply: bool = False,
) -> Outcome:
    """Run ``recovery-desk ARGS --data-dir DATA`` in a fresh process; ``modes_apply``:
    when running as root, drop the capabilities that let root ignore file modes."""
    peak_file = data_dir.parent / "peak.txt"
    peak_file.unlink(missing_ok=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "RD_PEAK_FILE": str(peak_file)}
    env["QT_QPA_PLATFORM"] = "offscreen"
    prefix = NO_OVERRIDE if modes_apply and os.geteuid() == 0 else []
    start = time.perf_counter()
    done = subprocess.run(
        [*prefix, sys.executable, "-c", _CHILD, *args, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=600,
        stdin=subprocess.DEVNULL,
    )
    seconds = time.perf_counter() - start
    text = peak_file.read_text(encoding="ascii").strip() if peak_file.exists() else ""
    peak = int(text) / 1024 if text else float("nan")
    return Outcome(done.returncode, done.stderr, done.stdout, peak, seconds)


def digest(folder: Path) -> str:
    """A fingerprint of the database files in ``folder`` (the main file and its WAL)."""
    sha = hashlib.sha256()
    for name in ("recovery-desk.sqlite3", "recovery-desk.sqlite3-wal"):
        path = folder / name
        if path.exists():
            sha.update(path.read_bytes())
    return sha.hexdigest()


def main(argv: list[str]) -> int:
    """Write the import inputs of the corpus to a folder, to probe by hand."""
    out = Path(argv[0] if argv else "hostile-corpus")
    for case in CASES:
        if case.kind == "import":
            folder = out / case.name.replace(" ", "-").replace("/", "")
            folder.mkdir(parents=True, exist_ok=True)
            print(case.build(folder, out)[1])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
