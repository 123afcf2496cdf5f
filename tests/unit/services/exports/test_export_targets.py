"""Where an export lands: links and odd files refused, a file replaced keeping its mode,
long names, the audit entry with the file, and nothing left behind after a kill."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from recovery_desk.services.exports import reason_log as exports
from recovery_desk.services.exports.target import TargetError
from recovery_desk.services.progress import run_to_end
from recovery_desk.services.workspace import open_workspace
from recovery_desk.storage import scratch
from tests.conftest import REPO_ROOT
from tests.unit.services.reports import data as report_data


@pytest.fixture
def fx(workspace, agent, executive):  # type: ignore[no-untyped-def]
    return report_data.build(workspace.sessions, agent, executive)


def _export(workspace, user, out: Path) -> exports.ExportSummary:  # type: ignore[no-untyped-def]
    return run_to_end(exports.export_reasons(workspace.sessions, user, out))


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_a_link_at_the_target_is_refused_and_not_followed(workspace, supervisor, tmp_path) -> None:  # type: ignore[no-untyped-def]
    elsewhere = tmp_path / "elsewhere.csv"
    elsewhere.write_text("precious", encoding="utf-8")
    (tmp_path / "link.csv").symlink_to(elsewhere)
    (tmp_path / "dangling.csv").symlink_to(tmp_path / "nowhere.csv")
    for name in ("link.csv", "dangling.csv"):
        with pytest.raises(TargetError, match=f"{name} is a symbolic link"):
            _export(workspace, supervisor, tmp_path / name)
    assert elsewhere.read_text(encoding="utf-8") == "precious"
    assert not (tmp_path / "nowhere.csv").exists()
    assert _leftovers(tmp_path) == []


def test_a_folder_or_a_pipe_at_the_target_is_refused(workspace, supervisor, tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "folder.csv").mkdir()
    os.mkfifo(tmp_path / "pipe.csv")
    with pytest.raises(TargetError, match="folder.csv is a folder"):
        _export(workspace, supervisor, tmp_path / "folder.csv")
    with pytest.raises(TargetError, match="pipe.csv is not a regular file"):
        _export(workspace, supervisor, tmp_path / "pipe.csv")


def test_an_existing_file_is_replaced_keeping_its_mode(workspace, supervisor, fx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "log.csv"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)
    other_name = tmp_path / "hard-link.csv"
    os.link(out, other_name)
    summary = _export(workspace, supervisor, out)
    assert summary.replaced and summary.rows > 0
    assert out.stat().st_mode & 0o777 == 0o640
    assert out.read_text(encoding="utf-8-sig").startswith("source")
    # Replaced, not rewritten in place: another name of the old file keeps the old text.
    assert other_name.read_text(encoding="utf-8") == "old"


def test_a_new_file_gets_the_usual_mode(workspace, supervisor, tmp_path) -> None:  # type: ignore[no-untyped-def]
    old = os.umask(0o022)
    try:
        summary = _export(workspace, supervisor, tmp_path / "new.xlsx")
    finally:
        os.umask(old)
    assert not summary.replaced
    assert (tmp_path / "new.xlsx").stat().st_mode & 0o777 == 0o644


def test_long_names(workspace, supervisor, tmp_path) -> None:  # type: ignore[no-untyped-def]
    fits = tmp_path / ("n" * 251 + ".csv")  # 255 bytes: the most ext4 and tmpfs allow
    assert _export(workspace, supervisor, fits).path == fits
    with pytest.raises(TargetError, match="the name is 256 bytes long; this folder allows"):
        _export(workspace, supervisor, tmp_path / ("n" * 252 + ".csv"))
    assert _leftovers(tmp_path) == []


def test_no_file_leaves_without_its_audit_entry(workspace, supervisor, fx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with workspace.sessions.begin() as session:
        session.connection().exec_driver_sql(
            "CREATE TRIGGER no_audit BEFORE INSERT ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'the audit log refused the entry'); END"
        )
    out = tmp_path / "log.csv"
    with pytest.raises(Exception, match="the audit log refused the entry"):
        _export(workspace, supervisor, out)
    assert not out.exists()
    assert _leftovers(tmp_path) == []


_KILLED_CHILD = """
import os, sys, time
from pathlib import Path
from recovery_desk.paths import AppPaths
from recovery_desk.services.exports import reason_log as exports
from recovery_desk.services.progress import CancelToken, run_to_end
from recovery_desk.services.users import access as users
from recovery_desk.services.workspace import open_workspace

class KilledWhileWriting(CancelToken):
    def check(self):  # called between rows: the file is half written
        print(" ".join(sorted(os.listdir(sys.argv[3]))), flush=True)
        time.sleep(60)

if sys.argv[4] == "named":  # a file system without O_TMPFILE: a named .part file
    del os.O_TMPFILE
data, out = Path(sys.argv[1]), Path(sys.argv[2])
ws = open_workspace(AppPaths(data, data / "logs"))
user = users.current_user(ws.sessions)
run_to_end(exports.export_reasons(ws.sessions, user, out, token=KilledWhileWriting()))
"""


@pytest.mark.parametrize("temporary", ["nameless", "named"])
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_killed_export_leaves_nothing_behind(  # type: ignore[no-untyped-def]
    workspace, supervisor, fx, data_paths, tmp_path, suffix, temporary
) -> None:
    workspace.close()
    folder = scratch.scratch_dir()
    before = set(os.listdir(folder))
    out = tmp_path / f"log{suffix}"
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            _KILLED_CHILD,
            str(data_paths.data_dir),
            str(out),
            str(folder),
            temporary,
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
    )
    assert child.stdout is not None
    with child.stdout:
        during = set(child.stdout.readline().split())
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert not out.exists()
    if temporary == "nameless":  # O_TMPFILE: nothing was ever named
        assert _leftovers(tmp_path) == []
    else:
        assert [name.endswith(".part") for name in _leftovers(tmp_path)] == [True]
    left = during - before
    if suffix == ".xlsx":  # openpyxl's sheet spool, in our scratch folder, not /tmp
        assert [name for name in left if name.endswith(".xml")]
    open_workspace(data_paths).close()  # the next start
    assert not left & set(os.listdir(folder))
    assert _leftovers(tmp_path) == []


_FULL_DISK_CHILD = """
import resource, signal, sys
from pathlib import Path
from recovery_desk.paths import AppPaths
from recovery_desk.services.exports import reason_log as exports
from recovery_desk.services.exports.target import TargetError
from recovery_desk.services.progress import run_to_end
from recovery_desk.services.users import access as users
from recovery_desk.services.workspace import open_workspace

data, out = Path(sys.argv[1]), Path(sys.argv[2])
ws = open_workspace(AppPaths(data, data / "logs"))
user = users.current_user(ws.sessions)
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
size = int(sys.argv[3])
resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))  # the disk fills up
try:
    run_to_end(exports.export_reasons(ws.sessions, user, out))
except TargetError as exc:
    print(exc.text)
"""


@pytest.mark.parametrize(
    ("size", "says"),
    [
        (256, "cannot be written: File too large"),  # the export itself does not fit
        (8192, "was not exported: the audit log could not record it (disk I/O error)"),
    ],
    ids=["file", "audit"],
)
def test_a_full_disk_is_one_line_and_leaves_nothing(  # type: ignore[no-untyped-def]
    workspace, supervisor, fx, data_paths, tmp_path, size, says
) -> None:
    workspace.close()
    out = tmp_path / "log.csv"
    done = subprocess.run(
        [sys.executable, "-c", _FULL_DISK_CHILD, str(data_paths.data_dir), str(out), str(size)],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        timeout=120,
    )
    assert done.stdout == f"{out} {says}\n", done.stderr
    assert not out.exists() and _leftovers(tmp_path) == []


def test_a_stale_part_named_by_its_marker_is_removed(tmp_path: Path) -> None:
    folder = tmp_path / "scratch"
    folder.mkdir()
    part = tmp_path / ".rd-0123abcd.part"
    part.write_text("customers' names", encoding="utf-8")
    (folder / "part-x").write_bytes(os.fsencode(part))
    unrelated = tmp_path / "report.part"
    unrelated.write_text("mine", encoding="utf-8")
    (folder / "part-y").write_bytes(os.fsencode(unrelated))
    live = scratch.WorkFile(folder=folder)  # another process's work in progress
    try:
        assert scratch.clean_stale(folder) == 3
        assert not part.exists() and unrelated.exists()
        assert live.path.exists()
    finally:
        live.remove()
