#!/usr/bin/env python3
"""Screenshots of every page a supervisor sees, on demo data, for the docs.

    xvfb-run -a python scripts/screenshots.py [--lang pt_BR] [--customers 3000]

Saves ``docs/screenshots/<page_id>.png`` for each page in ``ui/navigation.PAGES`` (whatever
pages exist when it runs), plus ``first_start.png``, ``shortcuts.png`` and ``about.png``.
Data goes to a temporary folder; the real profile is never touched. Needs a display (Xvfb
is fine: ``apt-get install -y xvfb libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1``).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from recovery_desk.paths import AppPaths  # noqa: E402
from recovery_desk.services.users import access as users  # noqa: E402
from recovery_desk.services.workspace import Workspace, open_workspace  # noqa: E402
from recovery_desk.ui import i18n  # noqa: E402
from recovery_desk.ui.context import UiContext  # noqa: E402
from recovery_desk.ui.tasks import TaskRunner  # noqa: E402


def fill(workspace: Workspace, customers: int, market: str) -> None:
    """Demo data through the demo generator when it exists, else a small own data set."""
    try:
        from recovery_desk.services.demo import generate as demo
    except ImportError:
        demo = None  # type: ignore[assignment]
    if demo is not None:
        demo.generate(workspace.sessions, customers=customers, seed=2026, market=market)
        return
    from recovery_desk.domain.enums import Role
    from tests.queue_data import add_customers

    users.create_user(workspace.sessions, "Sofia Martins", Role.SUPERVISOR, make_current=True)
    add_customers(workspace.sessions, customers)


def settle(app: QApplication, runner: TaskRunner, seconds: float = 0.8) -> None:
    """Let background queries finish and the widgets repaint."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        runner.wait(50)
        app.processEvents()
        time.sleep(0.02)


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(f"saved {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def shoot_dialog(
    app: QApplication, runner: TaskRunner, make: Callable[[], QWidget], path: Path
) -> None:
    dialog = make()
    dialog.show()
    settle(app, runner, 0.4)
    save(dialog, path)
    dialog.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="pt_BR", choices=i18n.LANGUAGES)
    parser.add_argument("--customers", type=int, default=3000)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        sys.exit("no display: run it as  xvfb-run -a python scripts/screenshots.py")
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    i18n.install(args.lang)

    from recovery_desk.ui.dialogs.first_start import FirstUserDialog
    from recovery_desk.ui.main_window import MainWindow

    runner = TaskRunner()
    with tempfile.TemporaryDirectory(prefix="rd-shots-") as scratch:
        paths = AppPaths(data_dir=Path(scratch), log_dir=Path(scratch) / "logs")
        workspace = open_workspace(paths)

        def first_start() -> QWidget:
            dialog = FirstUserDialog()
            dialog.name.setText("Sofia Martins")
            return dialog

        shoot_dialog(app, runner, first_start, args.out / "first_start.png")
        fill(workspace, args.customers, "pt" if args.lang == "pt_PT" else "br")
        user = users.current_user(workspace.sessions)
        if user is None or not user.is_supervisor:
            supervisors = [u for u in users.list_users(workspace.sessions) if u.is_supervisor]
            user = supervisors[0]
            users.set_current_user(workspace.sessions, user.id)
        window = MainWindow(UiContext(workspace=workspace, user=user, runner=runner))
        window.resize(1280, 800)
        window.show()
        settle(app, runner)
        for spec in window._specs:
            window.show_page(spec.page_id)
            settle(app, runner)
            if spec.page_id == "cycles":  # the current cycle, with its assignments
                window.page("cycles").cycles_table.selectRow(0)  # type: ignore[attr-defined]
                settle(app, runner, 0.6)
            if spec.page_id == "insights":  # the open cycle has no calls yet: the last one
                picker = window.page("insights").cycle_picker  # type: ignore[attr-defined]
                picker.setCurrentIndex(min(1, picker.count() - 1))
                picker.activated.emit(picker.currentIndex())  # as the user's choice does
                settle(app, runner, 0.6)
            save(window, args.out / f"{spec.page_id}.png")
            if spec.page_id == "reports":  # the Calls tab: step times, four expectations
                tabs = window.page("reports").tabs  # type: ignore[attr-defined]
                tabs.setCurrentIndex(tabs.count() - 1)
                settle(app, runner)
                save(window, args.out / "reports_calls.png")
                tabs.setCurrentIndex(0)
        window.show_page(window._specs[0].page_id)
        shoot_followups(app, runner, workspace, args.out)
        shoot_agent_queue(app, runner, workspace, args.out)
        shoot_import(app, runner, window, Path(scratch), args.out)
        shoot_call(app, runner, window, workspace, args.out)
        window.shortcuts_action.trigger()
        settle(app, runner, 0.4)
        save(window._dialogs["shortcuts"], args.out / "shortcuts.png")
        window._dialogs["shortcuts"].close()
        window.about_action.trigger()
        settle(app, runner, 0.4)
        save(window._dialogs["about"], args.out / "about.png")
        window._dialogs["about"].close()
        window.close()
        runner.wait()
        workspace.close()
    return 0


def shoot_followups(app: QApplication, runner: TaskRunner, workspace: Workspace, out: Path) -> None:
    """Follow-ups belong to whoever made the promises: shown as the busiest agent."""
    from recovery_desk.domain.enums import Role
    from recovery_desk.services.followups.lists import list_followups
    from recovery_desk.ui.main_window import MainWindow

    agents = [u for u in users.list_users(workspace.sessions) if u.role is Role.AGENT]
    if not agents:
        return
    agent = max(agents, key=lambda u: len(list_followups(workspace.sessions, u)))
    window = MainWindow(UiContext(workspace=workspace, user=agent, runner=runner))
    window.resize(1280, 800)
    window.show()
    window.show_page("followups")
    settle(app, runner)
    save(window, out / "followups.png")
    window.close()


def shoot_agent_queue(
    app: QApplication, runner: TaskRunner, workspace: Workspace, out: Path
) -> None:
    """The queue as an agent sees it: their customers of the open cycle, by priority."""
    from recovery_desk.domain.enums import Role
    from recovery_desk.ui.main_window import MainWindow

    agents = [u for u in users.list_users(workspace.sessions) if u.role is Role.AGENT]
    if not agents:
        return
    window = MainWindow(UiContext(workspace=workspace, user=agents[0], runner=runner))
    window.resize(1280, 800)
    window.show()
    window.show_page("queue")
    settle(app, runner)
    save(window, out / "queue.png")
    window.close()


IMPORT_SAMPLE = """\
Código;Cliente;Celular;Receita mensal;Data cancelamento;Motivo;Atendente
000981;Marta Ribeiro;(11) 98765-4321;R$ 1.234,56;03/11/2026;Preço alto;Carla
000982;Otávio Nunes;21 3344-5566;389,90;15/11/2026;Atendente grosseiro;Paulo
000983;Lúcia Prado;(31) 9 9123-4567;mil reais;21/11/2026;Mudou de cidade;Rita
000984;Renato Lopes;12345;R$ 2.100,00;31/02/2026;Concorrente mais barato;Carla
000985;Sílvia Campos;+351 912 345 678;€ 45,00;2026-11-28;;Paulo
"""


def shoot_import(
    app: QApplication, runner: TaskRunner, window: QWidget, scratch: Path, out: Path
) -> None:
    """The import wizard on a small Brazilian CSV: the guessed mapping with each cell's
    problem marked, then the summary with the rejected rows."""
    from recovery_desk.ui.dialogs.imports.wizard import ImportDialog

    source = scratch / "clientes-cancelados.csv"
    source.write_text(IMPORT_SAMPLE, encoding="utf-8")
    dialog = ImportDialog(window.ctx, window)  # type: ignore[attr-defined]
    dialog.resize(1100, 640)
    dialog.show()
    dialog.path_edit.setText(str(source))
    dialog.next_button.click()
    settle(app, runner)
    save(dialog, out / "import_mapping.png")
    dialog.next_button.click()
    settle(app, runner, 1.5)
    save(dialog, out / "import_summary.png")
    dialog.close()
    settle(app, runner, 0.2)


def shoot_call(
    app: QApplication, runner: TaskRunner, window: QWidget, workspace: Workspace, out: Path
) -> None:
    """The guided call: Apologise with a defensive phrase typed, Diagnose with "preco",
    the Outcome with three of the four expectations met."""
    from PySide6.QtTest import QTest

    from recovery_desk.domain.enums import Outcome, Step
    from recovery_desk.domain.expectations import Expectation
    from recovery_desk.services.queue import listing as queue
    from recovery_desk.ui.wizard.launch import open_call

    ctx = window.ctx  # type: ignore[attr-defined]
    rows = queue.fetch_page(ctx.sessions, queue.QueueQuery(), 0, 20)
    customer = max(rows, key=lambda r: r.monthly_revenue_cents or 0)
    dialog = open_call(ctx, customer.id, window)
    dialog.resize(1280, 820)
    settle(app, runner)
    notes = dialog.page(Step.APOLOGISE).notes
    notes.setFocus()
    # QTest types ASCII only; accented text goes in as if pasted.
    notes.insertPlainText("Peço desculpas, mas você tem que entender que a falha foi")
    settle(app, runner)
    save(dialog, out / "call_apologise.png")
    dialog.go(Step.DIAGNOSE)
    settle(app, runner)
    QTest.keyClicks(dialog.page(Step.DIAGNOSE).search, "preco")
    settle(app, runner)
    save(dialog, out / "call_diagnose.png")
    dialog.go(Step.OUTCOME)
    outcome = dialog.page(Step.OUTCOME)
    outcome.radios[Outcome.THINKING].click()
    for expectation in (Expectation.RESPECT, Expectation.SIMPLICITY, Expectation.RESPONSIBILITY):
        outcome.expectations[expectation].click()
    settle(app, runner)
    save(dialog, out / "call_outcome.png")
    dialog.close()
    settle(app, runner)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
