"""``--demo``: fill a separate data folder with demo data on first use."""

from __future__ import annotations

from recovery_desk.services.demo import generate as demo
from recovery_desk.services.workspace import Workspace
from recovery_desk.ui import i18n

DEMO_CUSTOMERS = 3000  # about half a second here: fast enough for the first start


def ensure_demo_data(workspace: Workspace) -> None:
    """Generate the demo data set once; later starts reuse it as the user left it."""
    if demo.customer_count(workspace.sessions):
        return
    market = "pt" if i18n.current_language() == "pt_PT" else "br"
    demo.generate(workspace.sessions, customers=DEMO_CUSTOMERS, seed=2026, market=market)
