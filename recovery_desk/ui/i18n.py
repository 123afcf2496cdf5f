"""Translations: Qt Linguist ``.qm`` files, the system locale, live re-translation.

Sources are ``resources/translations/<area>/<area>_<lang>.ts`` (one area per part of the
app); ``scripts/build_translations.py`` compiles each language into
``resources/translations/recovery_desk_<lang>.qm``. Widgets put their strings in
``retranslate_ui()`` and call :func:`register` once; :func:`switch_language` re-runs them.
Set ``RECOVERY_DESK_TRANS_SCALE=2`` to lengthen every string (clipping checks).
"""

from __future__ import annotations

import os
import weakref
from typing import Protocol

import shiboken6

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from recovery_desk import resources
from recovery_desk.domain.errors import DomainError, ValidationError, fill
from recovery_desk.services import errors

LANGUAGES = ("pt_BR", "pt_PT", "en")
_registry: weakref.WeakSet[_Retranslatable] = weakref.WeakSet()
_installed: list[QTranslator] = []
_current = {"lang": "en"}


class _Retranslatable(Protocol):
    def retranslate_ui(self) -> None: ...


class ScalingTranslator(QTranslator):
    """Repeats every translated string ``scale`` times (vorta's TRANS_SCALE)."""

    def __init__(self, inner: QTranslator | None, scale: int):
        super().__init__()
        self.inner = inner
        self.scale = scale

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        text: str | None = ""
        if self.inner is not None:
            text = self.inner.translate(context, source, disambiguation, n)
        return " ".join([text or source] * self.scale)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


def system_language() -> str:
    """Map the system locale to one of :data:`LANGUAGES` (pt_BR for other Portuguese)."""
    name = QLocale.system().name()
    if name.startswith("pt"):
        return "pt_PT" if name == "pt_PT" else "pt_BR"
    return "en"


def current_language() -> str:
    return _current["lang"]


def qm_path(lang: str) -> str:
    return str(resources.path("translations", f"recovery_desk_{lang}.qm"))


def install(lang: str | None = None) -> str:
    """Install the translators for ``lang`` (default: the system's); returns the language."""
    app = QCoreApplication.instance()
    assert app is not None
    chosen = lang if lang in LANGUAGES else system_language()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    ours: QTranslator | None = None
    if chosen != "en":
        ours = QTranslator()
        if not ours.load(qm_path(chosen)):
            ours = None
        qt_own = QTranslator()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{chosen}", qt_dir) or qt_own.load("qtbase_pt_BR", qt_dir):
            _installed.append(qt_own)
    scale = int(os.environ.get("RECOVERY_DESK_TRANS_SCALE", "1") or 1)
    if scale > 1:
        _installed.append(ScalingTranslator(ours, scale))
    elif ours is not None:
        _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    _current["lang"] = chosen
    QLocale.setDefault(QLocale(chosen))
    return chosen


def register(widget: _Retranslatable) -> None:
    """Call ``widget.retranslate_ui()`` now and after every language switch."""
    _registry.add(widget)
    widget.retranslate_ui()


def switch_language(lang: str) -> None:
    install(lang)
    for widget in list(_registry):
        if isinstance(widget, QObject) and not shiboken6.isValid(widget):
            _registry.discard(widget)  # its C++ side was deleted (closed with DeleteOnClose)
            continue
        widget.retranslate_ui()


def translate_message(text: str) -> str:
    """Translate a message marked below the UI with ``QT_TRANSLATE_NOOP("messages", ...)``."""
    return QCoreApplication.translate("messages", text)


def refusal_text(exc: DomainError) -> str:
    """A service's refusal in the user's language: a :class:`ValidationError`'s template
    translated and then filled with its values; any other domain error's text translated."""
    if isinstance(exc, ValidationError):
        return fill(translate_message(exc.message), exc.args_text)
    return translate_message(str(exc))


def storage_error_text(exc: errors.StorageUnavailable) -> str:
    """The shared storage message (``services.errors.STORAGE``), translated, naming the file."""
    text = QCoreApplication.translate(errors.CONTEXT, errors.storage_text(exc.kind))
    return errors.fill(text, path=exc.path, detail=exc.detail)


def sync_error_text(kind: str) -> str:
    """The short text of a sync failure (``services.errors.CENTRAL``), translated."""
    return QCoreApplication.translate(errors.CONTEXT, errors.central_text(kind).short)
