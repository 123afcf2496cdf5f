#!/usr/bin/env python3
"""Build the one-folder desktop bundle of Recovery Desk with PyInstaller.

    pip install -e '.[bundle]'
    python scripts/build_bundle.py --out DIR   # -> DIR/recovery-desk/recovery-desk(.exe)

The folder holds the app and its CLI in one executable (a sub-command runs the CLI, none
opens the window, ``--sync-child`` is the desktop's sync process), the Python runtime, Qt
with its plugins, the translations, icons and default catalogues, and the Alembic
migrations (read by path, so shipped as source). On Linux the folder also gets a ``.desktop``
entry, the icon and ``install-desktop-entry.sh``; on Windows the console of a start from
the Start menu is hidden while a start from a terminal keeps its output; on macOS PyInstaller
also makes ``DIR/recovery-desk.app``. ``packaging/windows/recovery-desk.iss`` turns the
Windows folder into an installer (``.github/workflows/bundle.yml``).

Prints the folder, its size and the build time. Exit code 0 when the bundle was built.
"""

from __future__ import annotations

import argparse
import os
import shutil
import stat
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from recovery_desk import __version__  # noqa: E402
from recovery_desk.resources import PACKAGED, SHIPPED  # noqa: E402

NAME = "recovery-desk"
ICON_SVG = ROOT / "resources" / "icons" / "recovery-desk.svg"
LINUX_FILES = ROOT / "packaging" / "linux"
MIGRATIONS = ("storage/migrations", "storage/central/migrations")
# Imported by path or by name at run time, so PyInstaller's import scan cannot see them.
HIDDEN_IMPORTS = ("alembic.op", "alembic.context", "alembic.ddl.sqlite", "alembic.ddl.postgresql")
# Large Qt and Python parts the app never uses (the PySide6 hooks already leave out most).
EXCLUDES = ("tkinter", "PySide6.QtWebEngineCore", "PySide6.QtQml", "PySide6.QtQuick", "pytest")


def executable(out: Path) -> Path:
    """Where the built executable is."""
    suffix = ".exe" if sys.platform == "win32" else ""
    return out / NAME / f"{NAME}{suffix}"


def stage(work: Path) -> Path:
    """Copy what the app reads by path into ``work/stage/recovery_desk`` (added as data)."""
    package = work / "stage" / "recovery_desk"
    shutil.rmtree(package.parent, ignore_errors=True)
    source = ROOT / "resources"
    for pattern in SHIPPED:
        for found in sorted(source.glob(pattern)):
            target = package / PACKAGED / found.relative_to(source)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(found, target)
    for folder in MIGRATIONS:
        shutil.copytree(
            ROOT / "recovery_desk" / folder,
            package / folder,
            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
        )
    return package


def render_icons(work: Path) -> dict[str, Path]:
    """The SVG icon as PNG (Linux), ICO (Windows) and ICNS (macOS), drawn by Qt."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICON_SVG)).render(painter)
    painter.end()
    icons = {}
    for kind in ("png", "ico", "icns"):
        target = work / f"{NAME}.{kind}"
        if not image.save(str(target)):
            raise SystemExit(f"build_bundle: Qt could not write the {kind} icon")
        icons[kind] = target
    del _app
    return icons


def pyinstaller_args(out: Path, work: Path, package: Path, icon: Path | None) -> list[str]:
    """The PyInstaller command line for the one-folder bundle (``icon``: Windows, macOS)."""
    args = [
        str(ROOT / "packaging" / "entry.py"),
        "--name",
        NAME,
        "--onedir",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(out),
        "--workpath",
        str(work / "pyinstaller"),
        "--specpath",
        str(work),
        "--paths",
        str(ROOT),
        "--collect-submodules",
        "recovery_desk",
        "--add-data",
        f"{package}{os.pathsep}recovery_desk",
    ]
    if icon is not None:  # Linux menus take the SVG from the .desktop entry instead
        args += ["--icon", str(icon)]
    for name in HIDDEN_IMPORTS:
        args += ["--hidden-import", name]
    for name in EXCLUDES:
        args += ["--exclude-module", name]
    if sys.platform == "win32":
        # Started from the Start menu: no console window; from a terminal: CLI output shows.
        args += ["--hide-console", "hide-early"]
    if sys.platform == "darwin":
        args += ["--windowed", "--osx-bundle-identifier", "com.recoverydesk.app"]
    return args


def add_linux_desktop_files(folder: Path) -> None:
    """The ``.desktop`` entry, the icon and the script that installs both for this user."""
    for name in (f"{NAME}.desktop", "install-desktop-entry.sh"):
        shutil.copy2(LINUX_FILES / name, folder / name)
    shutil.copy2(ICON_SVG, folder / f"{NAME}.svg")
    script = folder / "install-desktop-entry.sh"
    script.chmod(script.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(out: Path) -> Path:
    """Build the bundle into ``out``; returns the executable."""
    import PyInstaller.__main__

    out.mkdir(parents=True, exist_ok=True)
    work = out / ".build"
    package = stage(work)
    icons = render_icons(work)
    icon = icons[
        "ico" if sys.platform == "win32" else "icns" if sys.platform == "darwin" else "png"
    ]
    PyInstaller.__main__.run(pyinstaller_args(out, work, package, icon))
    if sys.platform.startswith("linux"):
        add_linux_desktop_files(out / NAME)
    return executable(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out", required=True, type=Path, help="folder to build into (DIR/recovery-desk/)"
    )
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("build_bundle: PyInstaller is missing: pip install -e '.[bundle]'", file=sys.stderr)
        return 2
    started = time.perf_counter()
    exe = build(args.out.resolve())
    seconds = time.perf_counter() - started
    size = folder_size(exe.parent) / 1e6
    print(f"Recovery Desk {__version__}: {exe} ({size:.0f} MB, built in {seconds:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
