"""Call scripts (per step and language) and the defensive-phrase list.

A script whose body or checklist holds an unknown placeholder is refused before it is
saved, so an agent never sees raw braces. The preview fills a script from a sample
customer of the database (or a made-up one when there are none).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from recovery_desk.domain.call_steps import readback_clause_problem
from recovery_desk.domain.enums import Lang, Step
from recovery_desk.domain.errors import ValidationError
from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.domain.phrases import DefensivePhrase, PhraseHit, find_defensive
from recovery_desk.domain.placeholders import fill, unknown_placeholders
from recovery_desk.domain.text import fold
from recovery_desk.services.audit import audit
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.services.users.access import require_supervisor
from recovery_desk.storage.queries import get_setting, set_setting
from recovery_desk.storage.tables import Customer, Phrase, Script

MSG_UNKNOWN_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "messages", "unknown placeholder; use one of the listed placeholders"
)
MSG_STEP = QT_TRANSLATE_NOOP("messages", "unknown call step")
MSG_LANG = QT_TRANSLATE_NOOP("messages", "the language must be pt_BR, pt_PT or en")
MSG_PHRASE_EMPTY = QT_TRANSLATE_NOOP("messages", "a phrase is required")
MSG_PHRASE_LONG = QT_TRANSLATE_NOOP("messages", "a phrase is at most 300 characters")
MSG_PHRASE_DUPLICATE = QT_TRANSLATE_NOOP("messages", "this phrase is already in the list")
MSG_NO_PHRASE = QT_TRANSLATE_NOOP("messages", "the phrase does not exist")
MSG_CHECKLIST = QT_TRANSLATE_NOOP("messages", "a checklist item cannot be empty")
MSG_REASON_CLAUSE = QT_TRANSLATE_NOOP(
    "messages",
    "{reason} is the reason's name, not a sentence: write 'Main reason: {reason}', "
    "not 'because {reason}'",
)

COMPANY_KEY = "company_name"  # setting shown for {company}; the app's name when unset

SCRIPT_STEPS: tuple[str, ...] = (
    Step.APOLOGISE.value,
    Step.LISTEN.value,
    Step.DIAGNOSE.value,
    Step.ASSIST.value,
    Step.OFFER.value,
    Step.OUTCOME.value,
)


@dataclass(frozen=True)
class ScriptDTO:
    step: str
    lang: str
    title: str
    body: str
    checklist: tuple[str, ...]


@dataclass(frozen=True)
class PhraseDTO:
    id: uuid.UUID
    lang: str
    phrase: str
    hint: str


def check_step_lang(step: str, lang: str) -> None:
    if step not in {s.value for s in Step}:
        raise ValidationError(MSG_STEP, field="step")
    if lang not in {lang_.value for lang_ in Lang}:
        raise ValidationError(MSG_LANG, field="lang")


def script_problems(
    title: str, body: str, checklist: tuple[str, ...] | list[str]
) -> list[tuple[str, str]]:
    """``(field, placeholder)`` for every unknown placeholder of a script."""
    problems = [("title", name) for name in unknown_placeholders(title)]
    problems += [("body", name) for name in unknown_placeholders(body)]
    for index, item in enumerate(checklist):
        problems += [(f"checklist[{index}]", name) for name in unknown_placeholders(item)]
    return problems


def validate_script(dto: ScriptDTO) -> ScriptDTO:
    check_step_lang(dto.step, dto.lang)
    checklist = tuple(item.strip() for item in dto.checklist)
    if any(not item for item in checklist):
        raise ValidationError(MSG_CHECKLIST, field="checklist")
    problems = script_problems(dto.title, dto.body, checklist)
    if problems:
        where, name = problems[0]
        raise ValidationError(f"{MSG_UNKNOWN_PLACEHOLDER}: {{{name}}}", field=where)
    # The reason is read aloud as a noun phrase, like the read-back sentence does.
    if readback_clause_problem(dto.body):
        raise ValidationError(MSG_REASON_CLAUSE, field="body")
    return ScriptDTO(dto.step, dto.lang, dto.title.strip(), dto.body, checklist)


def _dto(script: Script) -> ScriptDTO:
    return ScriptDTO(
        script.step, script.lang, script.title, script.body, tuple(script.checklist or ())
    )


def list_scripts(sessions: Sessions) -> list[ScriptDTO]:
    with sessions() as session:
        rows = session.scalars(select(Script).order_by(Script.step, Script.lang))
        return [_dto(s) for s in rows]


def get_script(sessions: Sessions, step: str, lang: str) -> ScriptDTO:
    """The script of ``step`` in ``lang`` (empty when none was written yet)."""
    check_step_lang(step, lang)
    with sessions() as session:
        row = session.scalar(select(Script).where(Script.step == step, Script.lang == lang))
        return _dto(row) if row is not None else ScriptDTO(step, lang, "", "", ())


def save_script(sessions: Sessions, user: UserDTO, dto: ScriptDTO) -> ScriptDTO:
    """Save a script; refused while it holds an unknown placeholder."""
    require_supervisor(user)
    dto = validate_script(dto)
    with sessions.begin() as session:
        row = session.scalar(select(Script).where(Script.step == dto.step, Script.lang == dto.lang))
        before = None
        if row is None:
            row = Script(step=dto.step, lang=dto.lang)
            session.add(row)
        else:
            before = _snapshot(_dto(row))
        row.title = dto.title
        row.body = dto.body
        row.checklist = list(dto.checklist)
        session.flush()
        after = _snapshot(dto)
        if before != after:
            audit(session, user, "script.edit", "scripts", row.id, before, after)
        return dto


def _snapshot(dto: ScriptDTO) -> dict[str, object]:
    return {
        "step": dto.step,
        "lang": dto.lang,
        "title": dto.title,
        "body": dto.body,
        "checklist": list(dto.checklist),
    }


def set_company_name(sessions: Sessions, user: UserDTO, name: str) -> None:
    """Set the company the scripts name for ``{company}`` (supervisors); blank clears it."""
    require_supervisor(user)
    with sessions.begin() as session:
        set_setting(session, COMPANY_KEY, " ".join(name.split()) or None)


# --- preview ----------------------------------------------------------------------------------


def sample_values(sessions: Sessions, agent_name: str, today: date | None = None) -> dict[str, str]:
    """Placeholder values from a sample customer (the highest-revenue one), for previews."""
    today = today or date.today()
    with sessions() as session:
        company = str(get_setting(session, COMPANY_KEY) or "Recovery Desk")
        customer = session.scalar(
            select(Customer)
            .order_by(Customer.monthly_revenue_cents.desc().nulls_last(), Customer.name)
            .limit(1)
        )
    if customer is None:
        return {
            "first_name": "Maria",
            "agent_name": agent_name,
            "company": company,
            "months_as_customer": "24",
            "days_since_departure": "12",
            "segment": "",
            "reason": "",
        }
    months = ""
    if customer.customer_since:
        end = customer.departed_on or today
        months = str(
            max(
                0,
                (end.year - customer.customer_since.year) * 12
                + end.month
                - customer.customer_since.month,
            )
        )
    days = str((today - customer.departed_on).days) if customer.departed_on else ""
    return {
        "first_name": (customer.name.split() or [""])[0],
        "agent_name": agent_name,
        "company": company,
        "months_as_customer": months,
        "days_since_departure": days,
        "segment": customer.segment or "",
        "reason": customer.imported_reason_text or "",
    }


def preview(text: str, values: dict[str, str]) -> str:
    """``text`` filled as an agent would read it (unknown placeholders left out)."""
    return fill(text, values)


# --- phrases ----------------------------------------------------------------------------------


def list_phrases(sessions: Sessions, lang: str) -> list[PhraseDTO]:
    """The active defensive phrases of ``lang``, alphabetical."""
    with sessions() as session:
        rows = session.scalars(select(Phrase).where(Phrase.lang == lang, Phrase.active.is_(True)))
        result = [PhraseDTO(p.id, p.lang, p.phrase, p.hint) for p in rows]
        return sorted(result, key=lambda p: fold(p.phrase))


def add_phrase(
    sessions: Sessions, user: UserDTO, lang: str, phrase: str, hint: str = ""
) -> PhraseDTO:
    """Add a defensive phrase (a removed one comes back rather than being duplicated)."""
    require_supervisor(user)
    check_step_lang(Step.APOLOGISE.value, lang)
    phrase = " ".join(phrase.split())
    if not phrase:
        raise ValidationError(MSG_PHRASE_EMPTY, field="phrase")
    if len(phrase) > 300:
        raise ValidationError(MSG_PHRASE_LONG, field="phrase")
    with sessions.begin() as session:
        same = [
            p
            for p in session.scalars(select(Phrase).where(Phrase.lang == lang))
            if fold(p.phrase) == fold(phrase)
        ]
        if any(p.active for p in same):
            raise ValidationError(MSG_PHRASE_DUPLICATE, field="phrase")
        if same:
            row = same[0]
            row.active, row.phrase, row.hint = True, phrase, hint.strip()
        else:
            row = Phrase(lang=lang, phrase=phrase, hint=hint.strip())
            session.add(row)
        session.flush()
        audit(
            session,
            user,
            "phrase.add",
            "phrases",
            row.id,
            None,
            {"lang": lang, "phrase": phrase, "hint": row.hint},
        )
        return PhraseDTO(row.id, row.lang, row.phrase, row.hint)


def remove_phrase(sessions: Sessions, user: UserDTO, phrase_id: uuid.UUID) -> None:
    """Take a phrase off the list (kept inactive so the removal travels with sync)."""
    require_supervisor(user)
    with sessions.begin() as session:
        row = session.get(Phrase, phrase_id)
        if row is None:
            raise ValidationError(MSG_NO_PHRASE, field="phrase")
        if row.active:
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


def check_sentence(sessions: Sessions, lang: str, sentence: str) -> list[PhraseHit]:
    """The defensive phrases of ``lang`` found in ``sentence``."""
    phrases = [DefensivePhrase(p.phrase, p.hint) for p in list_phrases(sessions, lang)]
    return find_defensive(sentence, phrases)
