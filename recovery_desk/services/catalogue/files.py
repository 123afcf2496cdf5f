"""Moving the whole catalogue between installations as one JSON file.

The format is documented in ``docs/catalogue-format.md``. Import checks the whole file
first (``catalogue_file_check``), then applies it in one transaction, matching categories,
reasons and offers by code, scripts by step and language, phrases by their folded text.
What the file does not hold is retired (reasons still waiting for review are left alone;
scripts are kept).
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from recovery_desk.domain.text import fold
from recovery_desk.services.audit import audit
from recovery_desk.services.catalogue.common import labels_of, set_labels
from recovery_desk.services.catalogue.defaults import reason_search_text
from recovery_desk.services.catalogue.file_check import (
    FORMAT_NAME,
    FORMAT_VERSION,
    CatalogueFileError,
    FileProblem,
    check_file,
)
from recovery_desk.services.catalogue.merge import merge_in_session
from recovery_desk.services.catalogue.offers import (
    OFFER_FIELDS_EXPORTED,
    OfferDTO,
    apply_offer,
    offer_dto,
    snapshot,
    validate_offer,
)
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.services.users.access import require_supervisor
from recovery_desk.storage.queries import main_currency
from recovery_desk.storage.tables import Offer, Phrase, Reason, ReasonCategory, Script
from recovery_desk.storage.types import utcnow

KINDS = ("categories", "reasons", "offers", "scripts", "phrases")


@dataclass
class KindCount:
    added: int = 0
    changed: int = 0
    retired: int = 0
    unchanged: int = 0


@dataclass
class ImportReport:
    """What an import changed, per kind of record."""

    counts: dict[str, KindCount] = field(default_factory=lambda: {k: KindCount() for k in KINDS})

    def lines(self) -> list[str]:
        return [
            f"{kind}: {c.added} added, {c.changed} changed, {c.retired} retired, "
            f"{c.unchanged} unchanged"
            for kind, c in self.counts.items()
        ]

    def count(self, kind: str, before: Any, after: Any) -> None:
        c = self.counts[kind]
        if before is None:
            c.added += 1
        elif before == after:
            c.unchanged += 1
        elif isinstance(before, dict) and before.get("active") and not after.get("active"):
            c.retired += 1
        else:
            c.changed += 1


# --- export ---------------------------------------------------------------------------------


def catalogue_document(sessions: Sessions) -> dict[str, Any]:
    """The whole catalogue as the versioned document written to files."""
    with sessions() as session:
        categories = list(
            session.scalars(
                select(ReasonCategory).order_by(ReasonCategory.sort_order, ReasonCategory.code)
            )
        )
        reasons = list(session.scalars(select(Reason).order_by(Reason.sort_order, Reason.code)))
        codes = {r.id: r.code for r in reasons}
        offers = [
            offer_dto(o)
            for o in session.scalars(select(Offer).order_by(Offer.sort_order, Offer.code))
        ]
        scripts = list(session.scalars(select(Script).order_by(Script.step, Script.lang)))
        phrases = list(session.scalars(select(Phrase).order_by(Phrase.lang, Phrase.phrase)))
    doc_categories = []
    for cat in categories:
        doc_categories.append(
            {
                "code": cat.code,
                "labels": labels_of(cat),
                "team": cat.team,
                "front_line": cat.front_line,
                "unreviewed": cat.is_unreviewed,
                "active": cat.active,
                "reasons": [_reason_doc(r, codes) for r in reasons if r.category_id == cat.id],
            }
        )
    doc_scripts: dict[str, dict[str, Any]] = {}
    for s in scripts:
        doc_scripts.setdefault(s.step, {})[s.lang] = {
            "title": s.title,
            "body": s.body,
            "checklist": list(s.checklist or []),
        }
    doc_phrases: dict[str, list[dict[str, Any]]] = {}
    for p in phrases:
        doc_phrases.setdefault(p.lang, []).append(
            {"phrase": p.phrase, "hint": p.hint, "active": p.active}
        )
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": utcnow().isoformat(),
        "categories": doc_categories,
        "offers": [_offer_doc(o) for o in offers],
        "scripts": doc_scripts,
        "phrases": doc_phrases,
    }


def _reason_doc(reason: Reason, codes: dict[Any, str]) -> dict[str, Any]:
    return {
        "code": reason.code,
        "labels": labels_of(reason),
        "team": reason.team,
        "active": reason.active,
        "needs_review": reason.needs_review,
        "merged_into": codes.get(reason.merged_into_id) if reason.merged_into_id else None,
    }


def _offer_doc(dto: OfferDTO) -> dict[str, Any]:
    data: dict[str, Any] = {"code": dto.code, "labels": dto.labels}
    for name in OFFER_FIELDS_EXPORTED:
        value = getattr(dto, name)
        data[name] = list(value) if isinstance(value, tuple) else value
    return data


def export_catalogue(sessions: Sessions, user: UserDTO, out: Path) -> dict[str, int]:
    """Write the catalogue to ``out`` (temp file then rename). Returns counts per kind."""
    require_supervisor(user)
    doc = catalogue_document(sessions)
    out = Path(out)
    fd, tmp = tempfile.mkstemp(prefix=".catalogue-", suffix=".json", dir=out.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(doc, handle, ensure_ascii=False, indent=2)
            handle.write("\n")
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return {
        "categories": len(doc["categories"]),
        "reasons": sum(len(c["reasons"]) for c in doc["categories"]),
        "offers": len(doc["offers"]),
        "scripts": sum(len(v) for v in doc["scripts"].values()),
        "phrases": sum(len(v) for v in doc["phrases"].values()),
    }


# --- import ---------------------------------------------------------------------------------


def read_file(path: Path) -> Any:
    """Parse ``path``; a file that is not JSON is one problem with its line and column."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise CatalogueFileError([FileProblem("$", f"not UTF-8 text: {exc}")]) from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        problem = FileProblem(
            "$", f"not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}"
        )
        raise CatalogueFileError([problem]) from exc


def import_catalogue(sessions: Sessions, user: UserDTO, path: Path) -> ImportReport:
    """Check ``path`` completely, then apply it all or nothing. Raises ``CatalogueFileError``."""
    require_supervisor(user)
    return apply_document(sessions, user, read_file(path))


def apply_document(sessions: Sessions, user: UserDTO, doc: Any) -> ImportReport:
    require_supervisor(user)
    problems = check_file(doc)
    if problems:
        raise CatalogueFileError(problems)
    report = ImportReport()
    with sessions.begin() as session:
        _ReasonImport(session, user, report).run(doc["categories"])
        _apply_offers(session, user, doc["offers"], report)
        _apply_scripts(session, user, doc["scripts"], report)
        _apply_phrases(session, user, doc["phrases"], report)
        audit(
            session,
            user,
            "catalogue.import",
            "catalogue",
            "file",
            None,
            None,
            {kind: vars(c) for kind, c in report.counts.items()},
        )
    return report


def _cat_snapshot(cat: ReasonCategory) -> dict[str, Any]:
    return {
        "labels": labels_of(cat),
        "team": cat.team,
        "front_line": cat.front_line,
        "unreviewed": cat.is_unreviewed,
        "active": cat.active,
        "sort_order": cat.sort_order,
    }


def _reason_snapshot(r: Reason) -> dict[str, Any]:
    return {
        "labels": labels_of(r),
        "team": r.team,
        "active": r.active,
        "needs_review": r.needs_review,
        "category_id": r.category_id,
        "sort_order": r.sort_order,
        "merged_into_id": r.merged_into_id,
    }


class _ReasonImport:
    """Applies the categories and reasons of a file (one instance per import)."""

    def __init__(self, session: Session, user: UserDTO, report: ImportReport):
        self.session, self.user, self.report = session, user, report
        self.local_cats = {c.code: c for c in session.scalars(select(ReasonCategory))}
        self.local_reasons = {r.code: r for r in session.scalars(select(Reason))}
        self.seen_cats: set[str] = set()
        self.seen_reasons: set[str] = set()
        self.merges: list[tuple[Reason, str, bool]] = []

    def run(self, categories: list[dict[str, Any]]) -> None:
        for c_order, item in enumerate(categories):
            cat = self.category(item, c_order)
            for r_order, data in enumerate(item.get("reasons", [])):
                self.reason(cat, data, r_order)
        for reason, target_code, is_new in self.merges:
            target = self.local_reasons[target_code]
            merge_in_session(self.session, self.user, reason, target, require_active=False)
            if not is_new:
                self.report.counts["reasons"].retired += 1
        self.retire_missing()

    def category(self, item: dict[str, Any], order: int) -> ReasonCategory:
        cat = self.local_cats.get(item["code"])
        before = _cat_snapshot(cat) if cat else None
        if cat is None:
            cat = ReasonCategory(code=item["code"])
            self.session.add(cat)
        set_labels(cat, item["labels"])
        cat.team = item.get("team")
        cat.front_line = bool(item.get("front_line", False))
        cat.is_unreviewed = bool(item.get("unreviewed", False))
        cat.active = bool(item.get("active", True))
        cat.sort_order = order
        self.session.flush()
        after = _cat_snapshot(cat)
        self.report.count("categories", before, after)
        if before != after:
            audit(
                self.session,
                self.user,
                "category.import",
                "reason_categories",
                cat.id,
                before,
                after,
            )
        self.seen_cats.add(cat.code)
        return cat

    def reason(self, cat: ReasonCategory, data: dict[str, Any], order: int) -> None:
        reason = self.local_reasons.get(data["code"])
        before = _reason_snapshot(reason) if reason else None
        if reason is None:
            reason = Reason(code=data["code"], category_id=cat.id)
            self.session.add(reason)
            self.local_reasons[reason.code] = reason
        set_labels(reason, data["labels"])
        reason.category_id = cat.id
        reason.team = data.get("team")
        reason.sort_order = order
        reason.needs_review = bool(data.get("needs_review", False))
        reason.search_text = reason_search_text(labels_of(reason))
        target = data.get("merged_into")
        target_row = self.local_reasons.get(target) if target else None
        already = target_row is not None and reason.merged_into_id == target_row.id
        if target and not already:
            self.merges.append((reason, target, before is None))
            reason.active = False
        else:
            reason.active = bool(data.get("active", True))
        self.session.flush()
        if not target or already or before is None:
            self.report.count("reasons", before, _reason_snapshot(reason))
        self.seen_reasons.add(reason.code)
        if before is not None and _reason_snapshot(reason) != before:
            audit(
                self.session,
                self.user,
                "reason.import",
                "reasons",
                reason.id,
                before,
                _reason_snapshot(reason),
            )

    def retire_missing(self) -> None:
        for code, cat in self.local_cats.items():
            if code not in self.seen_cats and cat.active and not cat.is_unreviewed:
                before = _cat_snapshot(cat)
                cat.active = False
                audit(
                    self.session,
                    self.user,
                    "category.retire",
                    "reason_categories",
                    cat.id,
                    before,
                    _cat_snapshot(cat),
                )
                self.report.counts["categories"].retired += 1
        for code, reason in self.local_reasons.items():
            if code not in self.seen_reasons and reason.active and not reason.needs_review:
                before = _reason_snapshot(reason)
                reason.active = False
                audit(
                    self.session,
                    self.user,
                    "reason.retire",
                    "reasons",
                    reason.id,
                    before,
                    _reason_snapshot(reason),
                )
                self.report.counts["reasons"].retired += 1


def _apply_offers(
    session: Session, user: UserDTO, offers: list[dict[str, Any]], report: ImportReport
) -> None:
    local = {o.code: o for o in session.scalars(select(Offer))}
    seen: set[str] = set()
    fallback = main_currency(session)
    for order, item in enumerate(offers):
        values = dict(item)
        if "currency" not in values:  # a file from before offers had one: as they are here
            known = local.get(str(values.get("code", "")).strip())
            values["currency"] = known.currency if known is not None else fallback
        for key in ("eligible_segments", "eligible_categories"):
            values[key] = tuple(values.get(key) or ())
        dto = validate_offer(OfferDTO(sort_order=order, **values))
        row = local.get(dto.code)
        before = snapshot(offer_dto(row)) if row else None
        if row is None:
            row = Offer()
            session.add(row)
        apply_offer(row, dto)
        session.flush()
        after = snapshot(offer_dto(row))
        report.count("offers", before, after)
        if before != after:
            audit(session, user, "offer.import", "offers", row.id, before, after)
        seen.add(dto.code)
    for code, row in local.items():
        if code not in seen and row.active:
            before = snapshot(offer_dto(row))
            row.active = False
            audit(session, user, "offer.retire", "offers", row.id, before, snapshot(offer_dto(row)))
            report.counts["offers"].retired += 1


def _apply_scripts(
    session: Session, user: UserDTO, scripts: dict[str, Any], report: ImportReport
) -> None:
    local = {(s.step, s.lang): s for s in session.scalars(select(Script))}
    for step, per_lang in scripts.items():
        for lang, data in per_lang.items():
            row = local.get((step, lang))
            before = (
                {"title": row.title, "body": row.body, "checklist": list(row.checklist)}
                if row
                else None
            )
            if row is None:
                row = Script(step=step, lang=lang)
                session.add(row)
            row.title = data.get("title", "")
            row.body = data.get("body", "")
            row.checklist = [x.strip() for x in data.get("checklist", [])]
            after = {"title": row.title, "body": row.body, "checklist": list(row.checklist)}
            report.count("scripts", before, after)
            if before != after:
                session.flush()
                audit(session, user, "script.import", "scripts", row.id, before, after)
    session.flush()


def _apply_phrases(
    session: Session, user: UserDTO, phrases: dict[str, Any], report: ImportReport
) -> None:
    local = {(p.lang, fold(p.phrase)): p for p in session.scalars(select(Phrase))}
    seen: set[tuple[str, str]] = set()
    for lang, items in phrases.items():
        for item in items:
            key = (lang, fold(item["phrase"]))
            row = local.get(key)
            before = {"phrase": row.phrase, "hint": row.hint, "active": row.active} if row else None
            if row is None:
                row = Phrase(lang=lang, phrase=item["phrase"])
                session.add(row)
            row.phrase = item["phrase"]
            row.hint = item.get("hint", "")
            row.active = bool(item.get("active", True))
            after = {"phrase": row.phrase, "hint": row.hint, "active": row.active}
            report.count("phrases", before, after)
            if before != after:
                session.flush()
                audit(session, user, "phrase.import", "phrases", row.id, before, after)
            seen.add(key)
    for key, row in local.items():
        if key not in seen and row.active:
            row.active = False
            audit(
                session,
                user,
                "phrase.remove",
                "phrases",
                row.id,
                {"lang": row.lang, "phrase": row.phrase, "hint": row.hint},
                None,
            )
            report.counts["phrases"].retired += 1
    session.flush()
