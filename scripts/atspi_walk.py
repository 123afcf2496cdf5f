#!/usr/bin/env python3
"""Read the app through AT-SPI, as Orca and RPA tools do, and list what they would miss.

    dbus-run-session -- xvfb-run -a /usr/bin/python3 scripts/atspi_walk.py [--lang pt_BR]

Debian: ``apt-get install python3-pyatspi at-spi2-core dbus xvfb``. The walker runs under
the system Python (pyatspi is a Debian package); it starts the app's side of the walk
(this file with ``--driver``, under ``.venv/bin/python``, ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON``)
on demo data in a temporary folder, shows every page of the main window and every step of
the call screen, and walks the AT-SPI tree of each: a control that is showing and has no
name, or a label whose name and description do not contain the text it shows, is a
problem. Exits 1 with the list when there is any, 0 when there is none.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "recovery-desk-atspi-walk"


# --- the app's side: show what the walker asks for ---------------------------------------


def driver(lang: str) -> int:  # noqa: C901 - one small command loop
    sys.path.insert(0, str(ROOT))
    import tempfile

    from PySide6.QtCore import QSocketNotifier, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLabel

    from recovery_desk.paths import AppPaths
    from recovery_desk.services.demo import generate as demo
    from recovery_desk.services.users import access as users
    from recovery_desk.services.workspace import open_workspace
    from recovery_desk.ui import i18n
    from recovery_desk.ui.context import UiContext
    from recovery_desk.ui.tasks import TaskRunner

    app = QApplication([APP_NAME])
    app.setApplicationName(APP_NAME)
    i18n.install(lang)
    from recovery_desk.ui.main_window import MainWindow
    from recovery_desk.ui.wizard.wizard import CallWizardDialog

    runner = TaskRunner()
    scratch = tempfile.TemporaryDirectory(prefix="rd-atspi-")
    paths = AppPaths(data_dir=Path(scratch.name), log_dir=Path(scratch.name) / "logs")
    workspace = open_workspace(paths)
    demo.generate(workspace.sessions, customers=300, seed=11)
    user = next(u for u in users.list_users(workspace.sessions) if u.is_supervisor)
    users.set_current_user(workspace.sessions, user.id)
    window = MainWindow(UiContext(workspace=workspace, user=user, runner=runner))
    window.resize(1280, 800)
    window.show()
    state: dict[str, CallWizardDialog | None] = {"call": None}

    def reply(text: str) -> None:
        print(text, flush=True)

    def shown_labels() -> list[str]:
        """What the labels on screen show: AT-SPI cannot say it when a name hides it."""
        from PySide6.QtGui import Qt as GuiQt
        from PySide6.QtGui import QTextDocumentFragment

        def plain_text(text: str) -> str:  # as a listener hears it (the walk of any version)
            if GuiQt.mightBeRichText(text):
                text = QTextDocumentFragment.fromHtml(text).toPlainText()
            return " ".join(text.split())

        texts = []
        for top in QApplication.topLevelWidgets():
            if top.isVisible():
                texts += [plain_text(w.text()) for w in top.findChildren(QLabel) if w.isVisible()]
        return sorted({t for t in texts if t})

    def settle_then(text: str) -> None:
        QTimer.singleShot(700, lambda: reply(f"{text}\t{json.dumps(shown_labels())}"))

    def command(line: str) -> None:
        word, _, arg = line.strip().partition(" ")
        if word == "pages":
            reply(" ".join(spec.page_id for spec in window._specs))
        elif word == "page":
            window.show_page(arg)
            settle_then(f"shown page {arg}")
        elif word == "call":
            page = window.show_page("queue")
            page.table.selectRow(0)  # type: ignore[union-attr]
            page.open_customer(0)  # type: ignore[union-attr]
            QTimer.singleShot(500, lambda: found())
        elif word == "step":
            dialog = state["call"]
            assert dialog is not None
            QTest.keyClick(dialog, getattr(Qt.Key, f"Key_{arg}"), Qt.KeyboardModifier.AltModifier)
            settle_then(f"shown step {arg}")
        elif word == "hint":  # a defensive phrase in the Apologise notes: a hint appears
            dialog = state["call"]
            assert dialog is not None
            QTest.keyClick(dialog, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
            QTest.keyClicks(QApplication.focusWidget(), " nao e culpa nossa")
            settle_then("typed")
        elif word == "quit":
            if state["call"] is not None:
                state["call"].close_guard.decided = True
                state["call"].close()
            window.close()
            runner.wait()
            workspace.close()
            app.quit()

    def found() -> None:
        state["call"] = window.findChild(CallWizardDialog)
        settle_then("shown call")

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda: command(sys.stdin.readline()))
    QTimer.singleShot(1500, lambda: reply("ready"))
    return app.exec()


# --- the walker's side: AT-SPI through pyatspi ------------------------------------------------


COUNTS = {"controls": 0, "labels": 0}


def walk(pyatspi, app, where: str, shown: list[str]) -> list[str]:  # type: ignore[no-untyped-def]
    """Problems of the tree under ``app``; ``shown``: the texts the labels on screen show."""

    class role:  # noqa: N801 - pyatspi's ROLE_* constants under short names
        pass

    for key in dir(pyatspi):
        if key.startswith("ROLE_"):
            setattr(role, key[5:], getattr(pyatspi, key))
    controls = {
        role.PUSH_BUTTON,
        role.TOGGLE_BUTTON,
        role.CHECK_BOX,
        role.RADIO_BUTTON,
        role.COMBO_BOX,
        role.TEXT,
        role.ENTRY,
        role.PASSWORD_TEXT,
        role.SPIN_BUTTON,
        role.SLIDER,
        role.LIST,
        role.TABLE,
        role.TREE,
        role.TREE_TABLE,
        role.PAGE_TAB,
        role.PAGE_TAB_LIST,
    }
    views = {role.LIST, role.TABLE, role.TREE, role.TREE_TABLE, role.COMBO_BOX, role.MENU_BAR}
    found: list[str] = []
    heard: list[str] = []
    stack = [app]
    while stack:
        node = stack.pop()
        try:
            states = node.getState()
            showing = states.contains(pyatspi.STATE_SHOWING)
            kind = node.getRole()
            name = node.name or ""
            description = node.description or ""
        except Exception:  # a node that went away while walking
            continue
        if not showing and kind not in (role.APPLICATION, role.FRAME, role.DIALOG):
            continue
        label = f"{where}: {node.getRoleName()} {name!r}"
        COUNTS["controls"] += kind in controls
        COUNTS["labels"] += kind == role.LABEL
        if kind in controls and not name.strip():
            found.append(f"no name: {label} (parent {node.parent.name!r})")
        if kind == role.LABEL:
            heard.append(" ".join(f"{name} {description}".split()).casefold())
        if kind not in views:
            stack.extend(node[i] for i in range(node.childCount))
    clock = re.compile(r"\d+(:\d\d)+")  # the call timer ticks between the two looks
    for text in shown:  # every value on screen is heard in some label's name or description
        if clock.fullmatch(text) and any(clock.search(h) for h in heard):
            continue
        if not any(text.replace("&", "").casefold() in h for h in heard):
            found.append(f"{where}: value not heard: {text!r}")
    return found


def announcements(pyatspi, act) -> list[str]:  # type: ignore[no-untyped-def]
    """``act()`` makes the wording hint appear: a screen reader must be told, unasked."""
    from gi.repository import GLib

    heard: list[str] = []

    def listen(event) -> None:  # type: ignore[no-untyped-def]
        heard.append(str(event.any_data or ""))

    pyatspi.Registry.registerEventListener(listen, "object:announcement")
    try:
        act()
        context = GLib.MainContext.default()
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline and not heard:
            context.iteration(False)
            time.sleep(0.02)
    finally:
        pyatspi.Registry.deregisterEventListener(listen, "object:announcement")
    if not any("culpa" in text for text in heard):
        return [f"hint not announced (heard: {heard!r})"]
    return []


def walker(lang: str) -> int:
    import pyatspi  # the system's python3-pyatspi

    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
    env.pop("QT_QPA_PLATFORM", None)  # xcb: AT-SPI needs a real (virtual) screen
    python = os.environ.get("RD_PYTHON", str(ROOT / ".venv" / "bin" / "python"))
    child = subprocess.Popen(
        [python, __file__, "--driver", "--lang", lang],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdin is not None and child.stdout is not None

    def ask(line: str) -> list[str]:
        """Send a command; the labels' texts the app then shows."""
        child.stdin.write(line + "\n")  # type: ignore[union-attr]
        child.stdin.flush()  # type: ignore[union-attr]
        _done, _, shown = child.stdout.readline().partition("\t")  # type: ignore[union-attr]
        return json.loads(shown) if shown.strip() else []

    def find_app():  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            desktop = pyatspi.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                app = desktop[i]
                if app is not None and app.name == APP_NAME:
                    return app
            time.sleep(0.5)
        raise SystemExit("the app never appeared on the AT-SPI bus")

    problems: list[str] = []
    try:
        if child.stdout.readline().strip() != "ready":
            raise SystemExit("the app did not start (its error is above)")
        app = find_app()
        child.stdin.write("pages\n")
        child.stdin.flush()
        for page in child.stdout.readline().split():
            problems += walk(pyatspi, app, f"page {page}", ask(f"page {page}"))
        ask("call")
        for step in range(1, 7):
            problems += walk(pyatspi, app, f"call step {step}", ask(f"step {step}"))
        problems += announcements(pyatspi, lambda: ask("hint"))
        child.stdin.write("quit\n")
        child.stdin.flush()
        child.wait(30)
    finally:
        if child.poll() is None:
            child.kill()
    for line in sorted(set(problems)):
        print(line)
    print(
        f"{len(set(problems))} problem(s) in language {lang}; read {COUNTS['controls']} "
        f"controls and {COUNTS['labels']} labels on screen"
    )
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en")
    parser.add_argument("--driver", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    return driver(args.lang) if args.driver else walker(args.lang)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
