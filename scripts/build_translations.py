#!/usr/bin/env python3
"""Extract and compile the Qt Linguist translations.

Each part of the app owns an *area*: ``resources/translations/<area>/`` holds
``sources.txt`` (globs of the Python files it covers, one a line) and
``<area>_<lang>.ts`` for pt_BR, pt_PT and en.

    python scripts/build_translations.py --update   # re-extract strings into the .ts files
    python scripts/build_translations.py            # compile every language into one .qm
    python scripts/build_translations.py --check    # fail on unfinished entries (writes nothing)
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGS = ("pt_BR", "pt_PT", "en")


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install the project (pip install -e .)")
    return found


def areas() -> list[Path]:
    return sorted(p.parent for p in TRANSLATIONS.glob("*/sources.txt"))


def sources(area: Path) -> list[str]:
    files: list[str] = []
    for line in (area / "sources.txt").read_text(encoding="utf-8").splitlines():
        pattern = line.strip()
        if pattern and not pattern.startswith("#"):
            files.extend(sorted(str(p) for p in ROOT.glob(pattern)))
    return files


def update() -> None:
    for area in areas():
        files = sources(area)
        if not files:
            continue
        targets = [str(area / f"{area.name}_{lang}.ts") for lang in LANGS]
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                *files,
                "-ts",
                *targets,
            ],
            check=True,
            cwd=ROOT,
        )


def compile_all() -> None:
    for lang in LANGS:
        ts_files = sorted(str(p) for p in TRANSLATIONS.glob(f"*/*_{lang}.ts"))
        if not ts_files:
            continue
        out = TRANSLATIONS / f"recovery_desk_{lang}.qm"
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", *ts_files, "-qm", str(out)], check=True, cwd=ROOT
        )


def check() -> int:
    """Every pt_BR/pt_PT message must be translated (no 'unfinished', no empty text)."""
    missing = 0
    for lang in ("pt_BR", "pt_PT"):
        for ts in sorted(TRANSLATIONS.glob(f"*/*_{lang}.ts")):
            for message in ET.parse(ts).getroot().iter("message"):
                translation = message.find("translation")
                unfinished = translation is None or translation.get("type") == "unfinished"
                if unfinished or not (
                    translation.text or message.find("translation/numerusform") is not None
                ):
                    source = message.findtext("source")
                    print(f"{ts.relative_to(ROOT)}: untranslated: {source!r}")
                    missing += 1
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update", action="store_true")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.update:
        update()
    if args.check:  # read-only: CI and the tests use it
        missing = check()
        if missing:
            print(f"{missing} message(s) not translated", file=sys.stderr)
            return 1
        return 0
    compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
