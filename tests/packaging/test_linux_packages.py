"""The README's apt-get line is complete and works as pasted: every library the Qt parts the
app loads link to comes from a listed package (or from the base system), and the no-display
hint the app prints runs the app when pasted into a terminal."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

LIST = REPO_ROOT / "packaging" / "linux" / "apt-packages.txt"
# Always there on Debian/Ubuntu (Essential or required by apt and Python itself).
BASE = {"libc6", "libgcc-s1", "libstdc++6", "zlib1g"}
# The Qt parts the app loads: its modules, the xcb, Wayland and offscreen platforms, SVG.
QT_PARTS = (
    "Qt/lib/libQt6Core.so.6", "Qt/lib/libQt6Gui.so.6", "Qt/lib/libQt6Widgets.so.6",
    "Qt/lib/libQt6Svg.so.6", "Qt/lib/libQt6Charts.so.6", "Qt/lib/libQt6DBus.so.6",
    "Qt/lib/libQt6Network.so.6", "Qt/lib/libQt6OpenGL.so.6", "Qt/lib/libQt6XcbQpa.so.6",
    "Qt/lib/libQt6WaylandClient.so.6", "Qt/plugins/platforms/libqxcb.so",
    "Qt/plugins/platforms/libqwayland.so", "Qt/plugins/platforms/libqoffscreen.so",
    "Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
    "Qt/plugins/xcbglintegrations/libqxcb-egl-integration.so",
    "Qt/plugins/imageformats/libqsvg.so", "Qt/plugins/iconengines/libqsvgicon.so",
)  # fmt: skip

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux packages")


def listed() -> list[str]:
    lines = LIST.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_the_readme_installs_exactly_the_list() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"sudo apt-get install ([^\n`]+)", readme)
    assert found, "no apt-get line in the README"
    assert found.group(1).split() == listed()


@linux_only
@pytest.mark.skipif(not shutil.which("dpkg"), reason="needs dpkg to name packages")
def test_every_library_qt_links_to_is_in_a_listed_package() -> None:
    import PySide6

    root = Path(PySide6.__file__).parent
    needed: set[str] = set()
    for part in QT_PARTS:
        elf = subprocess.run(["readelf", "-d", str(root / part)], capture_output=True, text=True)
        needed |= set(re.findall(r"\(NEEDED\).*\[(.+)\]", elf.stdout))
    needed = {n for n in needed if not n.startswith(("libQt6", "libicu"))}
    cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    packages: dict[str, str] = {}
    for soname in sorted(needed):
        path = re.search(rf"^\s+{re.escape(soname)} \(libc6,x86-64.*=> (.+)$", cache, re.M)
        assert path, f"{soname} is not installed here: which package brings it?"
        real = os.path.realpath(path.group(1))
        owner = ""
        for candidate in (real, real.replace("/usr/lib/", "/lib/", 1), path.group(1)):
            done = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
            if done.returncode == 0:
                owner = done.stdout.split(":")[0]
                break
        assert owner, soname
        packages[soname] = owner
    missing = {s: p for s, p in packages.items() if p not in set(listed()) | BASE}
    assert not missing, f"add to {LIST.name}: {missing}"


@linux_only
@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="needs xvfb-run (apt-get install xvfb)")
def test_the_no_display_hint_works_when_pasted(tmp_path: Path) -> None:
    data = tmp_path / "desk"
    script = Path(sys.executable).parent / "recovery-desk"
    assert script.exists()
    no_display = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    no_display.pop("QT_QPA_PLATFORM", None)
    no_display.pop("PYTHONPATH", None)
    first = subprocess.run(
        [str(script), "--data-dir", str(data)],
        capture_output=True, text=True, env=no_display, cwd=tmp_path, timeout=120,
    )  # fmt: skip
    assert first.returncode == 2
    hint = first.stderr.split("on a virtual screen: ", 1)[1].strip()
    assert hint.startswith("xvfb-run -a ") and str(script) in hint
    # Pasted into a shell; the first start would ask who works here, so a user is added.
    from recovery_desk.cli.main import main

    assert main(["user", "add", "Ana", "--role", "supervisor", "--data-dir", str(data)]) == 0
    pasted = subprocess.run(
        hint, shell=True, capture_output=True, text=True, cwd=tmp_path, timeout=300,
        env={**no_display, "RECOVERY_DESK_QUIT_AFTER_SHOW": "1", "RECOVERY_DESK_NO_DIALOGS": "1"},
    )  # fmt: skip
    assert pasted.returncode == 0, pasted.stderr
    assert "startup_ms=" in pasted.stderr


@linux_only
@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="needs xvfb-run (apt-get install xvfb)")
def test_the_readmes_no_display_line_works_as_written() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    line = re.search(r"^    (xvfb-run -a \S+ --demo)$", readme, re.M)
    assert line, "no xvfb-run line in the README"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env.update(RECOVERY_DESK_QUIT_AFTER_SHOW="1", RECOVERY_DESK_NO_DIALOGS="1")
    env.pop("RECOVERY_DESK_DATA_DIR", None)  # --demo uses the demo folder (XDG_DATA_HOME here)
    done = subprocess.run(
        line.group(1), shell=True, capture_output=True, text=True, cwd=REPO_ROOT, env=env,
        timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "startup_ms=" in done.stderr
