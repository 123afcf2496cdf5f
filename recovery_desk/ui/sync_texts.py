"""What a sync could not do, in the user's language: the status bar's short parts, their
full explanation, the names of the tables that travel and why a change is not sent.

The sync service stores its reasons as English sentences (the CLI prints them as they are);
the ones it makes (``services/sync/push.py``, and the "waits for" problem of a received row)
are recognised here and translated; any other is shown as it is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.services.dto import UserDTO
from recovery_desk.services.sync import push as sync_push
from recovery_desk.services.sync.push_pull import HeldRows, SyncStatus
from recovery_desk.ui.formatting import format_count, format_datetime
from recovery_desk.ui.vocabulary import role_label

CONTEXT = "SyncTexts"

TABLES = {
    "users": QT_TRANSLATE_NOOP("SyncTexts", "users"),
    "reason_categories": QT_TRANSLATE_NOOP("SyncTexts", "reason categories"),
    "reasons": QT_TRANSLATE_NOOP("SyncTexts", "reasons"),
    "offers": QT_TRANSLATE_NOOP("SyncTexts", "offers"),
    "scripts": QT_TRANSLATE_NOOP("SyncTexts", "scripts"),
    "phrases": QT_TRANSLATE_NOOP("SyncTexts", "phrases"),
    "cycles": QT_TRANSLATE_NOOP("SyncTexts", "cycles"),
    "assignments": QT_TRANSLATE_NOOP("SyncTexts", "assignments"),
    "customers": QT_TRANSLATE_NOOP("SyncTexts", "customers"),
    "coaching_notes": QT_TRANSLATE_NOOP("SyncTexts", "coaching notes"),
    "calls": QT_TRANSLATE_NOOP("SyncTexts", "calls"),
    "call_steps": QT_TRANSLATE_NOOP("SyncTexts", "call steps"),
    "call_reasons": QT_TRANSLATE_NOOP("SyncTexts", "call reasons"),
    "offers_made": QT_TRANSLATE_NOOP("SyncTexts", "offers made"),
    "promises": QT_TRANSLATE_NOOP("SyncTexts", "promises"),
    "callbacks": QT_TRANSLATE_NOOP("SyncTexts", "call-backs"),
    "care_reviews": QT_TRANSLATE_NOOP("SyncTexts", "care reviews"),
    "audit_log": QT_TRANSLATE_NOOP("SyncTexts", "audit log"),
    "health_events": QT_TRANSLATE_NOOP("SyncTexts", "health events"),
}

_ROLE = re.compile(
    re.escape(sync_push.ROLE).replace(r"\{role\}", r"(\w+)").replace(r"\{table\}", r"(\w+)")
)


translate = QCoreApplication.translate  # lupdate reads translate("SyncTexts", "...")


def _count(text: str, n: int) -> str:
    return text.replace("%1", format_count(n))


def table_label(table: str) -> str:
    """A travelling table as a user names it ("call reasons"); unknown ones as they are."""
    source = TABLES.get(table)
    return QCoreApplication.translate(CONTEXT, source) if source else table


def refused_reason(why: str) -> str:
    """Why the centre will never take a change, as stored by the sync, translated."""
    if why == sync_push.NOT_YOURS:
        return translate(
            "SyncTexts", "made here by another user: this desk's centre login may not send it"
        )
    if why == sync_push.OTHERS:
        return translate(
            "SyncTexts", "another person's record at the centre: this login may not change it"
        )
    match = _ROLE.fullmatch(why)
    if match:
        role, table = match.groups()
        return (
            translate("SyncTexts", "this desk's centre login (%1) may not change %2")
            .replace("%1", role_label(role))
            .replace("%2", table_label(table))
        )
    return why


def held_problem(rows: HeldRows) -> str:
    """What a group of received rows waits for, translated when it is a missing parent."""
    if rows.parent is None:
        return rows.problem
    return (
        translate("SyncTexts", "waits for %1 %2 (field %3), which this desk cannot read yet")
        .replace("%1", table_label(rows.parent))
        .replace("%2", rows.parent_id or "")
        .replace("%3", rows.column or "")
    )


def held_line(rows: HeldRows) -> str:
    """One line of the list of waiting rows: table, how many, what for, since when."""
    text = (
        translate("SyncTexts", "%1: %2 rows since %3: %4")
        if rows.count != 1
        else translate("SyncTexts", "%1: 1 row since %3: %4")
    )
    return (
        text.replace("%1", table_label(rows.entity))
        .replace("%2", format_count(rows.count))
        .replace("%3", format_datetime(rows.since))
        .replace("%4", held_problem(rows))
    )


def refused_line(table: str, count: int, why: str) -> str:
    """One line of the list of changes not sent: table, how many, why."""
    text = (
        translate("SyncTexts", "%1: %2 changes: %3")
        if count != 1
        else translate("SyncTexts", "%1: 1 change: %3")
    )
    return (
        text.replace("%1", table_label(table))
        .replace("%2", format_count(count))
        .replace("%3", refused_reason(why))
    )


def has_problems(status: SyncStatus) -> bool:
    """Something waits that a plain sync will not send or apply."""
    return bool(status.held or status.refused_total)


def problem_parts(status: SyncStatus) -> list[str]:
    """The short parts the status bar adds: received rows waiting, changes not sent."""
    parts = []
    if status.held:
        if status.held == 1:
            parts.append(translate("SyncTexts", "1 received row waits"))
        else:
            parts.append(_count(translate("SyncTexts", "%1 received rows wait"), status.held))
    refused = status.refused_total
    if refused:
        if refused == 1:
            parts.append(translate("SyncTexts", "1 change not sent"))
        else:
            parts.append(_count(translate("SyncTexts", "%1 changes not sent"), refused))
    return parts


def held_sentence(count: int) -> str:
    """What ``count`` received rows waiting means, in one sentence."""
    if count == 1:
        return translate(
            "SyncTexts",
            "1 row received from the centre waits for a record this desk cannot read "
            "yet; it is kept and tried again at every sync.",
        )
    return _count(
        translate(
            "SyncTexts",
            "%1 rows received from the centre wait for a record this desk cannot read "
            "yet; they are kept and tried again at every sync.",
        ),
        count,
    )


def refused_sentence(count: int) -> str:
    """What ``count`` changes not sent means, in one sentence (a list of tables follows)."""
    return _count(
        translate(
            "SyncTexts",
            "Changes made here that the centre will never take from this desk's login "
            "are kept aside and not sent again (%1):",
        ),
        count,
    )


def problem_details(status: SyncStatus) -> list[str]:
    """The full explanation of :func:`problem_parts`, one line each."""
    lines = []
    if status.held:
        lines.append(held_sentence(status.held))
    if status.refused_total:
        lines.append(refused_sentence(status.refused_total))
        for table, (count, why) in sorted(status.refused.items()):
            lines.append(refused_line(table, count, why))
    return lines


def identity_text(user: UserDTO) -> str:
    """The one line saying a sync made the centre login's user this desk's user."""
    return (
        translate("SyncTexts", "This desk now works as %1 (%2), the user of its centre login")
        .replace("%1", user.name)
        .replace("%2", role_label(user.role))
    )
