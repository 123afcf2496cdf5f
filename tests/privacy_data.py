"""A customer with something of every kind on record, for the privacy tests: imported from
a CSV file, one finished call through the app's call service (notes, words, read-back, a
promise), and a callback, care review, health event, coaching note and audit row."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from recovery_desk.domain.enums import Outcome, Step
from recovery_desk.services.audit import audit
from recovery_desk.services.calls.session import CallSession
from recovery_desk.services.dto import Sessions, UserDTO
from recovery_desk.services.imports import importer as imports
from recovery_desk.services.progress import run_to_end
from recovery_desk.storage.tables import (
    Callback,
    CareReview,
    CoachingNote,
    Customer,
    HealthEvent,
    Reason,
)

CODE = "Q-77"
NAME = "Quitéria Bettencourt"
PHONE_DIGITS = "11987654321"
EMAIL = "quiteria.bettencourt@example.com"
# Every free text carries a marker word, so a test can look for it anywhere.
TEXTS = {
    "notes": "NOTAIMPORTADA",
    "verbatim": "PALAVRASDELA",
    "readback": "LEITURADEVOLTA",
    "step": "NOTADOPASSO",
    "promise": "PROMESSAFEITA",
    "callback": "RETORNOMARCADO",
    "care": "REVISAOCUIDADO",
    "health": "SAUDEEVENTO",
    "coaching": "TREINOREP",
}
SECRETS = ("Bettencourt", "bettencourt", PHONE_DIGITS, "quiteria", *TEXTS.values())


@dataclass(frozen=True)
class Person:
    customer_id: uuid.UUID
    call_id: uuid.UUID


def import_rows(sessions: Sessions, user: UserDTO, where: Path, rows: list[str]) -> None:
    """Import ``code;name;phone;email;revenue;departed;reason;notes`` lines."""
    header = "Código;Nome;Telefone;E-mail;Receita mensal;Data de saída;Motivo;Observações\n"
    where.write_text(header + "".join(f"{r}\n" for r in rows), encoding="utf-8")
    run_to_end(imports.run_import(sessions, user, imports.inspect_file(where)))


def finished_call(
    sessions: Sessions, user: UserDTO, customer: uuid.UUID, outcome: Outcome, words: str = ""
) -> uuid.UUID:
    with sessions() as session:
        reason = session.scalar(select(Reason.id).where(Reason.active.is_(True)).limit(1))
    call = CallSession.start(sessions, user, customer)
    call.set_notes(Step.LISTEN, f"{TEXTS['step']} {words}")
    call.set_field("verbatim", f"{TEXTS['verbatim']} {words}")
    call.pick_reason(str(reason))
    call.confirm_diagnosis(f"{TEXTS['readback']} {words}")
    call.add_promise(f"{TEXTS['promise']} {words}", "Equipe de cobrança", date.today())
    if outcome is Outcome.THINKING:
        call.set_field("callback_at", datetime.now(UTC) + timedelta(days=2))
    call.finish(outcome)
    return call.call_id


def person(sessions: Sessions, user: UserDTO, tmp_path: Path) -> Person:
    """The customer :data:`NAME` with one record of every kind."""
    import_rows(
        sessions,
        user,
        tmp_path / "clientes.csv",
        [
            f"{CODE};{NAME};(11) 98765-4321;{EMAIL};R$ 150,00;10/01/2026;Preço alto;"
            f"{TEXTS['notes']}",
            "Z-1;Zeferino Outro;(11) 91111-2222;;R$ 90,00;10/01/2026;Preço alto;",
        ],
    )
    with sessions() as session:
        customer = session.scalar(select(Customer.id).where(Customer.external_id == CODE))
    assert customer is not None
    call = finished_call(sessions, user, customer, Outcome.THINKING)  # still to win back
    now = datetime.now(UTC)
    with sessions.begin() as session:
        session.add(
            Callback(
                customer_id=customer,
                agent_id=user.id,
                due_at=now + timedelta(days=1),
                note=TEXTS["callback"],
            )
        )
        session.add(
            CareReview(customer_id=customer, due_on=date.today(), done_at=now, notes=TEXTS["care"])
        )
        session.add(
            HealthEvent(
                customer_id=customer,
                occurred_on=date.today(),
                kind="purchase",
                note=TEXTS["health"],
            )
        )
        session.add(
            CoachingNote(
                rep_name="Rita Rep", call_id=call, customer_id=customer, text=TEXTS["coaching"]
            )
        )
        audit(
            session,
            user,
            "customer.edit",
            "customers",
            customer,
            before={"name": NAME},
            after={"name": NAME, "email": EMAIL},
        )
    return Person(customer, call)
