"""Reading a window the way assistive technology does: through Qt's accessibility tree.

:func:`problems` walks the ``QAccessibleInterface`` tree of a window (what Qt hands to
AT-SPI on Linux and to UI Automation on Windows) and lists what a screen reader user would
miss: a control without a name, or a label whose accessible text lacks the value it shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QLabel, QWidget

from recovery_desk.ui.accessibility import plain_text

Role = QAccessible.Role
# Roles a user operates: each needs a name of its own.
CONTROLS = {
    Role.Button,
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.EditableText,
    Role.ComboBox,
    Role.SpinBox,
    Role.Slider,
    Role.List,
    Role.Table,
    Role.Tree,
    Role.PageTabList,
    Role.PageTab,
}
# Their cells and items are data, named by the data itself: not walked.
VIEWS = {Role.List, Role.Table, Role.Tree, Role.ComboBox}


def _who(iface: QAccessibleInterface) -> str:
    obj = iface.object()
    name = obj.objectName() if obj is not None else ""
    return f"{iface.role().name} {type(obj).__name__}{'#' + name if name else ''}"


def _normal(text: str) -> str:
    return " ".join(text.replace("&", "").split()).casefold()


def problems(root: QWidget, *, skip: tuple[str, ...] = ()) -> list[str]:
    """Every unnamed control and value label without its value under ``root`` (on screen).

    Args:
        root: the window to read.
        skip: object names left out (owned elsewhere), with everything under them.
    """
    found: list[str] = []
    start = QAccessible.queryAccessibleInterface(root)
    assert start is not None
    stack = [start]
    while stack:
        iface = stack.pop()
        obj = iface.object()
        if iface.state().invisible or (obj is not None and obj.objectName() in skip):
            continue
        name = iface.text(QAccessible.Text.Name)
        description = iface.text(QAccessible.Text.Description)
        role = iface.role()
        if role in CONTROLS and not name.strip():
            found.append(f"no name: {_who(iface)}")
        if isinstance(obj, QLabel) and role == Role.StaticText:
            shown = plain_text(obj.text())
            if shown and _normal(shown) not in _normal(f"{name} {description}"):
                found.append(f"value not read: {_who(iface)} shows {shown!r}, reads {name!r}")
        if role not in VIEWS:
            stack.extend(iface.child(i) for i in range(iface.childCount()))
    return found


def cut_texts(root: QWidget) -> list[str]:
    """Table headers and placeholders on screen that are too narrow for their text."""
    from PySide6.QtWidgets import QHeaderView, QLineEdit

    found: list[str] = []
    for header in root.findChildren(QHeaderView):
        if not header.isVisible() or header.orientation() != Qt.Orientation.Horizontal:
            continue
        model = header.model()
        view = header.parentWidget()
        where = view.objectName() or view.accessibleName() if view is not None else ""
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            if text and header.sectionSize(section) < header.sectionSizeHint(section) - 1:
                found.append(f"header of {where!r}: {text!r}")
    for edit in root.findChildren(QLineEdit):
        text = edit.placeholderText()
        if edit.isVisible() and text and not edit.text():
            room = edit.contentsRect().width() - 8  # Qt's text margins
            if edit.fontMetrics().horizontalAdvance(text) > room:
                found.append(f"placeholder of {edit.accessibleName()!r}: {text!r}")
    return found
