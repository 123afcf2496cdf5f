"""Validation of a catalogue file (see ``docs/catalogue-format.md``): every problem, with
the JSON path of the value at fault, before anything is written."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import Any

from recovery_desk.domain.enums import Lang, Step
from recovery_desk.domain.errors import ValidationError
from recovery_desk.domain.text import fold
from recovery_desk.services.catalogue.offers import OfferDTO, validate_offer
from recovery_desk.services.catalogue.scripts import ScriptDTO, validate_script

FORMAT_NAME = "recovery-desk-catalogue"
FORMAT_VERSION = 1
CODE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,59}$")
LANGS = tuple(lang.value for lang in Lang)
STEPS = tuple(step.value for step in Step)
OFFER_KEYS = {f.name for f in fields(OfferDTO)} - {"id", "sort_order"}


@dataclass(frozen=True)
class FileProblem:
    path: str  # JSON path such as $.categories[0].reasons[2].labels.en
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class CatalogueFileError(ValidationError):
    """The file was refused; ``problems`` lists every problem found."""

    def __init__(self, problems: list[FileProblem]):
        self.problems = problems
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(
            f"the catalogue file has {len(problems)} problem(s); nothing changed:\n{lines}"
        )


class _Checker:
    def __init__(self) -> None:
        self.problems: list[FileProblem] = []

    def add(self, path: str, message: str) -> None:
        self.problems.append(FileProblem(path, message))

    def obj(self, value: Any, path: str, allowed: set[str], required: set[str]) -> bool:
        if not isinstance(value, dict):
            self.add(path, "must be an object")
            return False
        for key in sorted(set(value) - allowed):
            self.add(f"{path}.{key}", "unknown field")
        for key in sorted(required - set(value)):
            self.add(f"{path}.{key}", "is required")
        return True

    def code(self, value: Any, path: str, seen: set[str]) -> None:
        if not isinstance(value, str) or not CODE_PATTERN.match(value):
            self.add(path, "a code is 1 to 60 letters, digits, '_', '.' or '-'")
        elif value in seen:
            self.add(path, f"the code {value!r} appears twice")
        else:
            seen.add(value)

    def labels(self, value: Any, path: str) -> None:
        if not self.obj(value, path, set(LANGS), set()):
            return
        for lang, text in value.items():
            if text is not None and (not isinstance(text, str) or len(text) > 200):
                self.add(f"{path}.{lang}", "must be a text of at most 200 characters, or null")
        if not any(isinstance(t, str) and t.strip() for t in value.values()):
            self.add(path, "at least one label is required")

    def optional_text(self, value: Any, path: str, limit: int = 200) -> None:
        if value is not None and (not isinstance(value, str) or len(value) > limit):
            self.add(path, f"must be a text of at most {limit} characters, or null")

    def flag(self, container: dict[str, Any], key: str, path: str) -> None:
        if key in container and not isinstance(container[key], bool):
            self.add(f"{path}.{key}", "must be true or false")


def check_file(data: Any) -> list[FileProblem]:
    """Every problem of a parsed catalogue file (empty when it can be imported)."""
    c = _Checker()
    top = {"format", "version", "exported_at", "categories", "offers", "scripts", "phrases"}
    if not c.obj(
        data, "$", top, {"format", "version", "categories", "offers", "scripts", "phrases"}
    ):
        return c.problems
    if data.get("format") != FORMAT_NAME:
        c.add("$.format", f"must be {FORMAT_NAME!r}")
    if data.get("version") != FORMAT_VERSION:
        c.add("$.version", f"this app reads version {FORMAT_VERSION} only")
    _check_categories(c, data.get("categories", []))
    category_codes = (
        {cat.get("code") for cat in data.get("categories", []) if isinstance(cat, dict)}
        if isinstance(data.get("categories"), list)
        else set()
    )
    _check_offers(c, data.get("offers", []), category_codes)
    _check_scripts(c, data.get("scripts", {}))
    _check_phrases(c, data.get("phrases", {}))
    return c.problems


def _check_categories(c: _Checker, categories: Any) -> None:
    if not isinstance(categories, list):
        c.add("$.categories", "must be a list")
        return
    cat_codes: set[str] = set()
    reason_codes: set[str] = set()
    merges: list[tuple[str, dict[str, Any]]] = []
    for i, cat in enumerate(categories):
        path = f"$.categories[{i}]"
        allowed = {"code", "labels", "team", "front_line", "unreviewed", "active", "reasons"}
        if not c.obj(cat, path, allowed, {"code", "labels"}):
            continue
        c.code(cat.get("code"), f"{path}.code", cat_codes)
        c.labels(cat.get("labels"), f"{path}.labels")
        c.optional_text(cat.get("team"), f"{path}.team")
        for key in ("front_line", "unreviewed", "active"):
            c.flag(cat, key, path)
        reasons = cat.get("reasons", [])
        if not isinstance(reasons, list):
            c.add(f"{path}.reasons", "must be a list")
            continue
        active_labels: dict[tuple[str, str], int] = {}
        for j, reason in enumerate(reasons):
            rpath = f"{path}.reasons[{j}]"
            if _check_reason(c, reason, rpath, reason_codes):
                _check_label_clash(c, reason, j, rpath, active_labels)
                if reason.get("merged_into") is not None:
                    merges.append((rpath, reason))
    for rpath, reason in merges:
        _check_merge(c, reason, rpath, reason_codes)


def _check_reason(c: _Checker, reason: Any, rpath: str, reason_codes: set[str]) -> bool:
    allowed = {"code", "labels", "team", "active", "needs_review", "merged_into"}
    if not c.obj(reason, rpath, allowed, {"code", "labels"}):
        return False
    c.code(reason.get("code"), f"{rpath}.code", reason_codes)
    c.labels(reason.get("labels"), f"{rpath}.labels")
    c.optional_text(reason.get("team"), f"{rpath}.team")
    for key in ("active", "needs_review"):
        c.flag(reason, key, rpath)
    return True


def _check_label_clash(
    c: _Checker,
    reason: dict[str, Any],
    index: int,
    rpath: str,
    active_labels: dict[tuple[str, str], int],
) -> None:
    labels = reason.get("labels")
    if reason.get("active", True) is not True or not isinstance(labels, dict):
        return
    for lang, text in labels.items():
        if isinstance(text, str) and text.strip():
            key = (lang, fold(text))
            if key in active_labels:
                c.add(
                    f"{rpath}.labels.{lang}",
                    "another active reason of this category "
                    f"(reasons[{active_labels[key]}]) has this label",
                )
            active_labels.setdefault(key, index)


def _check_merge(c: _Checker, reason: dict[str, Any], rpath: str, codes: set[str]) -> None:
    target = reason.get("merged_into")
    if target not in codes:
        c.add(f"{rpath}.merged_into", f"no reason in the file has the code {target!r}")
    elif target == reason.get("code"):
        c.add(f"{rpath}.merged_into", "a reason cannot be merged into itself")
    elif reason.get("active", True) is True:
        c.add(f"{rpath}.active", "a merged reason must be retired (active: false)")


def _check_offers(c: _Checker, offers: Any, category_codes: set[Any]) -> None:
    if not isinstance(offers, list):
        c.add("$.offers", "must be a list")
        return
    codes: set[str] = set()
    for i, item in enumerate(offers):
        path = f"$.offers[{i}]"
        if not c.obj(item, path, OFFER_KEYS, {"code", "kind", "labels"}):
            continue
        c.code(item.get("code"), f"{path}.code", codes)
        values = {k: v for k, v in item.items() if k in OFFER_KEYS}
        for key in ("eligible_segments", "eligible_categories"):
            if isinstance(values.get(key), list):
                values[key] = tuple(values[key])
        try:
            validate_offer(OfferDTO(**values))
        except ValidationError as exc:
            c.add(f"{path}.{exc.field}", exc.message)
        except TypeError as exc:
            c.add(path, str(exc))
        for k, cat in enumerate(item.get("eligible_categories") or []):
            if isinstance(cat, str) and cat not in category_codes:
                c.add(f"{path}.eligible_categories[{k}]", f"no category has the code {cat!r}")


def _check_scripts(c: _Checker, scripts: Any) -> None:
    if not isinstance(scripts, dict):
        c.add("$.scripts", "must be an object of steps")
        return
    for step, per_lang in scripts.items():
        path = f"$.scripts.{step}"
        if step not in STEPS:
            c.add(path, "unknown call step")
            continue
        if not c.obj(per_lang, path, set(LANGS), set()):
            continue
        for lang, script in per_lang.items():
            spath = f"{path}.{lang}"
            if not c.obj(script, spath, {"title", "body", "checklist"}, set()):
                continue
            title, body = script.get("title", ""), script.get("body", "")
            checklist = script.get("checklist", [])
            bad = False
            for key, value in (("title", title), ("body", body)):
                if not isinstance(value, str):
                    c.add(f"{spath}.{key}", "must be a text")
                    bad = True
            if not isinstance(checklist, list) or not all(isinstance(x, str) for x in checklist):
                c.add(f"{spath}.checklist", "must be a list of texts")
                bad = True
            if bad:
                continue
            try:
                validate_script(ScriptDTO(step, lang, title, body, tuple(checklist)))
            except ValidationError as exc:
                c.add(f"{spath}.{exc.field}", exc.message)


def _check_phrases(c: _Checker, phrases: Any) -> None:
    if not c.obj(phrases, "$.phrases", set(LANGS), set()):
        return
    for lang, items in phrases.items():
        path = f"$.phrases.{lang}"
        if not isinstance(items, list):
            c.add(path, "must be a list")
            continue
        seen: set[str] = set()
        for i, item in enumerate(items):
            ipath = f"{path}[{i}]"
            if not c.obj(item, ipath, {"phrase", "hint", "active"}, {"phrase"}):
                continue
            phrase = item.get("phrase")
            if not isinstance(phrase, str) or not phrase.strip() or len(phrase) > 300:
                c.add(f"{ipath}.phrase", "must be a text of 1 to 300 characters")
            elif fold(phrase) in seen:
                c.add(f"{ipath}.phrase", "this phrase appears twice")
            else:
                seen.add(fold(phrase))
            if not isinstance(item.get("hint", ""), str):
                c.add(f"{ipath}.hint", "must be a text")
            c.flag(item, "active", ipath)
