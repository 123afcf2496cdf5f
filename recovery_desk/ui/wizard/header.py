"""The call header: who the customer is, what happened before, and the running timer."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGridLayout, QLabel, QWidget

from recovery_desk.services.calls.header import CallHeaderDTO
from recovery_desk.ui import i18n
from recovery_desk.ui.accessibility import ValueLabel
from recovery_desk.ui.formatting import format_date, format_day_of, format_phone, money
from recovery_desk.ui.vocabulary import outcome_label


class CallHeaderWidget(QWidget):
    """Read-only facts about the customer above the steps."""

    def __init__(self, header: CallHeaderDTO, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.header = header
        self.lang = lang
        self.name = QLabel()
        self.name.setObjectName("customerName")
        font = self.name.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.name.setFont(font)
        self.timer = ValueLabel()
        self.timer.setText("00:00")
        self.timer.setObjectName("callTimer")
        self.timer.setFont(font)
        self.warning = ValueLabel(announced=True)
        self.warning.setObjectName("customerWarning")
        self.warning.setStyleSheet("color: palette(link); font-weight: bold;")
        self.facts: dict[str, tuple[QLabel, ValueLabel]] = {}
        grid = QGridLayout(self)
        grid.addWidget(self.name, 0, 0, 1, 2)
        grid.addWidget(self.warning, 0, 2)
        grid.addWidget(self.timer, 0, 3)
        left, right = QFormLayout(), QFormLayout()
        for number, key in enumerate(
            ("phone", "segment", "revenue", "since", "departed", "served_by", "reason", "earlier")
        ):
            caption, value = QLabel(), ValueLabel()
            value.setObjectName(f"header_{key}")
            value.setWordWrap(True)
            caption.setBuddy(value)  # the pair reads together
            self.facts[key] = (caption, value)
            (left if number < 4 else right).addRow(caption, value)
        grid.addLayout(left, 1, 0, 1, 2)
        grid.addLayout(right, 1, 2, 1, 2)
        i18n.register(self)

    def set_elapsed(self, seconds: int) -> None:
        hours, rest = divmod(seconds, 3600)
        text = f"{rest // 60:02d}:{rest % 60:02d}"
        self.timer.setText(f"{hours}:{text}" if hours else text)

    def _departed_text(self) -> str:
        """ "03/12/2026 (today)", "(yesterday)", "(5 days ago)"."""
        h = self.header
        since = h.days_since_departure
        if since == 0:
            text = self.tr("%1 (today)")
        elif since == 1:
            text = self.tr("%1 (yesterday)")
        else:
            text = self.tr("%1 (%2 days ago)")
        return text.replace("%1", format_date(h.departed_on)).replace("%2", str(since))

    def retranslate_ui(self) -> None:
        h = self.header
        self.name.setText(h.name)
        warnings = {
            "do_not_call": self.tr("Asked not to be called again"),
            "won_back": self.tr("Already won back"),
        }
        self.warning.setText(warnings.get(h.status, ""))
        self.warning.set_caption(self.tr("Warning"))
        self.timer.set_caption(self.tr("Call duration"))
        self.timer.setToolTip(self.tr("Time since the call started"))
        days = self._departed_text() if h.departed_on else "—"
        earlier = "\n".join(
            f"{format_day_of(a.started_at)} {a.agent_name} — "
            f"{outcome_label(a.outcome)}: {a.notes}".strip(" :")
            for a in h.earlier[:3]
        ) or self.tr("none")
        values = {
            "phone": (self.tr("Phone (Ctrl+Shift+C copies)"), format_phone(h.phone) or "—"),
            "segment": (self.tr("Segment"), h.segment or "—"),
            "revenue": (
                self.tr("Monthly revenue"),
                money(h.monthly_revenue_cents, h.currency) or "—",
            ),
            "since": (self.tr("Customer since"), format_date(h.customer_since) or "—"),
            "departed": (self.tr("Left on"), days),
            "served_by": (self.tr("Served by"), h.served_by or "—"),
            "reason": (self.tr("Known reason"), h.imported_reason_label or "—"),
            "earlier": (
                self.tr("Earlier attempts (%1)").replace(
                    "%1", str(max(h.attempts, len(h.earlier)))
                ),
                earlier,
            ),
        }
        for key, (caption_text, value_text) in values.items():
            caption, value = self.facts[key]
            caption.setText(caption_text)
            value.setText(value_text)
            value.set_caption(caption_text)
