"""What assistive technology hears: labels that carry a value, and announced messages.

A screen reader (Orca, NVDA) or an RPA tool reads a widget's *accessible name*. A label
whose name is only its caption ("Segment") hides its value ("Premium"), so a label that
shows a value is a :class:`ValueLabel`: its accessible name is "caption: value", kept in
step with every ``setText``. A message that appears while the agent types (a hint, a reason
why the call cannot finish) is also *announced* (Qt's accessibility announcement event), so
the agent hears it without moving the focus.
"""

from __future__ import annotations

from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAction,
    Qt,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import QLabel, QLineEdit, QToolBar, QToolButton, QWidget

# Qt's own names for the buttons it adds inside a line edit and at the end of a tool bar.
CLEAR_ACTION = "_q_qlineeditclearaction"
OVERFLOW_BUTTON = "qt_toolbar_ext_button"


def plain_text(text: str) -> str:
    """``text`` as a listener hears it: rich text without tags, whitespace collapsed."""
    if Qt.mightBeRichText(text):  # QtGui adds it to Qt
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return " ".join(text.split())


def announce(widget: QWidget, message: str, *, assertive: bool = False) -> None:
    """Have the screen reader say ``message`` now (if one listens; harmless otherwise)."""
    if not message:
        return
    event = QAccessibleAnnouncementEvent(widget, message)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def name_clear_button(edit: QLineEdit, name: str) -> None:
    """Name the clear button Qt puts inside ``edit`` (it has no name of its own)."""
    action = edit.findChild(QAction, CLEAR_ACTION)
    if action is None:
        return
    # The button itself, not the action: a changed action shows the button even when the
    # box is empty.
    for button in edit.findChildren(QToolButton):
        if button.defaultAction() is action:
            button.setAccessibleName(name)


def name_overflow_button(toolbar: QToolBar, name: str) -> None:
    """Name the » button that shows the actions a narrow tool bar cannot fit."""
    button = toolbar.findChild(QToolButton, OVERFLOW_BUTTON)
    if button is not None:
        button.setAccessibleName(name)
        button.setToolTip(name)


class ValueLabel(QLabel):
    """A label that shows a value: assistive technology reads "caption: value".

    Args:
        parent: the parent widget.
        announced: say every new non-empty text aloud when the window is on screen
            (for hints and error messages that appear while the user works elsewhere).
        assertive: interrupt the screen reader for it (errors), rather than wait.
    """

    def __init__(
        self, parent: QWidget | None = None, *, announced: bool = False, assertive: bool = False
    ):
        super().__init__(parent)
        self._caption = ""
        self._announced = announced
        self._assertive = assertive

    def set_caption(self, caption: str) -> None:
        """What the value is ("Segment"); call again after retranslating."""
        self._caption = caption.replace("&", "").rstrip(": ")
        self._sync()

    def caption(self) -> str:
        """The caption set by :meth:`set_caption`."""
        return self._caption

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        changed = text != self.text()
        super().setText(text)
        self._sync()
        if changed and self._announced and text and self.window().isVisible():
            announce(self, self.accessibleName(), assertive=self._assertive)

    def clear(self) -> None:
        super().clear()
        self._sync()

    def _sync(self) -> None:
        value = plain_text(self.text())
        if self._caption and value:
            self.setAccessibleName(f"{self._caption}: {value}")
        else:
            self.setAccessibleName(self._caption or value)
