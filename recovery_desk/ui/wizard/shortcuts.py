"""The call screen's keyboard shortcuts (also listed in Help → Shortcuts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from recovery_desk.domain.messages import QT_TRANSLATE_NOOP

NEXT = "Ctrl+Return"
PREVIOUS = "Ctrl+Shift+Return"
COPY_PHONE = "Ctrl+Shift+C"
NOT_REACHED = "Ctrl+Shift+N"
JUMPS = tuple(f"Alt+{n}" for n in range(1, 7))

_CONTEXT = "CallShortcuts"
CALL_SHORTCUTS: list[tuple[str, str]] = [
    (NEXT, QT_TRANSLATE_NOOP("CallShortcuts", "Call: next step (on Outcome: finish the call)")),
    (PREVIOUS, QT_TRANSLATE_NOOP("CallShortcuts", "Call: previous step")),
    ("Alt+1 … Alt+5", QT_TRANSLATE_NOOP("CallShortcuts", "Call: jump to step 1 to 5")),
    ("Alt+6", QT_TRANSLATE_NOOP("CallShortcuts", "Call: jump to the outcome")),
    (COPY_PHONE, QT_TRANSLATE_NOOP("CallShortcuts", "Call: copy the customer's phone")),
    (NOT_REACHED, QT_TRANSLATE_NOOP("CallShortcuts", 'Call: record "not reached" at once')),
    ("Enter", QT_TRANSLATE_NOOP("CallShortcuts", "Reason picker: pick the highlighted reason")),
]
"""(key, description) pairs; descriptions are marked for translation (context
``CallShortcuts``). Use :func:`call_shortcuts` for the translated list."""


EXPECTATIONS_ROW = "Alt+R, Alt+S, Alt+M, Alt+P"
# The four expectation boxes' texts (OutcomePage): their mnemonics follow the language.
_EXPECTATION_LABELS = ("&Respect", "&Solutions", "Si&mplicity", "Res&ponsibility")


def expectation_keys() -> str:
    """ "Alt+R, Alt+S, Alt+M, Alt+P" in English; the letters of the translated labels."""
    keys = []
    for source in _EXPECTATION_LABELS:
        label = QCoreApplication.translate("OutcomePage", source)
        at = label.find("&")
        if 0 <= at < len(label) - 1:
            keys.append(f"Alt+{label[at + 1].upper()}")
    return ", ".join(keys)


def describe_expectations() -> str:
    return QCoreApplication.translate(
        "CallShortcuts",
        "Outcome: tick the expectations the call met "
        "(respect, solutions, simplicity, responsibility)",
    )


def call_shortcuts() -> list[tuple[str, str]]:
    """:data:`CALL_SHORTCUTS` with the descriptions translated now."""
    return [(key, QCoreApplication.translate(_CONTEXT, text)) for key, text in CALL_SHORTCUTS]
