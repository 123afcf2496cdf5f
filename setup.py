"""Build hook: ship the run-time files of ``resources/`` inside the package.

The translations, icons and default catalogues are edited at the top of the repository; the
wheel carries the ones the app reads (``recovery_desk.resources.SHIPPED``) as package data in
``recovery_desk/_resources``, which ``recovery_desk/resources.py`` reads through
``importlib.resources``. Everything else about the build is in ``pyproject.toml``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
# Kept in step with recovery_desk.resources.SHIPPED (tests/packaging checks the wheel).
SHIPPED = ("catalogues/*.json", "icons/*.svg", "icons/*.png", "translations/*.qm")


class BuildPyWithResources(build_py):
    """``build_py`` that also copies ``resources/`` into ``recovery_desk/_resources``."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the checkout's resources/
        source = HERE / "resources"
        target = Path(self.build_lib) / "recovery_desk" / "_resources"
        for pattern in SHIPPED:
            for found in sorted(source.glob(pattern)):
                destination = target / found.relative_to(source)
                destination.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(found, destination)


setup(cmdclass={"build_py": BuildPyWithResources})
