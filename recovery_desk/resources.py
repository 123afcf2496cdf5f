"""Files the app reads at run time: translations (.qm), icons, default catalogues.

They are edited under ``resources/`` at the top of the repository. A build (wheel, sdist,
PyInstaller bundle) ships the run-time ones inside the package as ``recovery_desk/_resources``
(``setup.py``, ``scripts/build_bundle.py``), read here through :mod:`importlib.resources`, so
they are found in a wheel, a zip or a bundle alike; an editable checkout reads ``resources/``.
"""

from __future__ import annotations

import atexit
import json
from contextlib import ExitStack
from functools import cache
from importlib import resources as importlib_resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

PACKAGED = "_resources"
"""The folder inside the package that a build fills from ``resources/``."""
SHIPPED = ("catalogues/*.json", "icons/*.svg", "icons/*.png", "translations/*.qm")
"""What a build ships, relative to ``resources/`` (not the .ts sources nor READMEs)."""
CHECKOUT = Path(__file__).resolve().parent.parent / "resources"

_extracted = ExitStack()  # files copied out of a zip for Qt, which needs real paths
atexit.register(_extracted.close)


class ResourcesMissing(RuntimeError):
    """The installation lacks its resources: a broken build, not the user's doing."""

    def __init__(self) -> None:
        super().__init__(
            "this installation of Recovery Desk is incomplete (its translations, icons and "
            "catalogues are missing): reinstall it"
        )


@cache
def root() -> Traversable:
    """The resources folder: the package's own, else the checkout's."""
    packaged = importlib_resources.files("recovery_desk").joinpath(PACKAGED)
    if packaged.is_dir():
        return packaged
    if CHECKOUT.is_dir():
        return CHECKOUT
    raise ResourcesMissing()


def path(*parts: str) -> Path:
    """A file under the resources folder, as a real path (extracted first from a zip)."""
    found = root().joinpath(*parts)
    if isinstance(found, Path):
        return found
    return _extracted.enter_context(importlib_resources.as_file(found))


def load_json(*parts: str) -> Any:
    """Parse a JSON resource."""
    with root().joinpath(*parts).open("r", encoding="utf-8") as handle:
        return json.load(handle)
