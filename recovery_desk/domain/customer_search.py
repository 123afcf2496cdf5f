"""What search-as-you-type matches for a customer (indexed by ``customers_fts``)."""

from __future__ import annotations

from recovery_desk.domain.text import digits, fold


def search_terms(
    name: str | None,
    external_id: str | None,
    phone: str | None,
    email: str | None,
    *,
    folded_name: str | None = None,
) -> str:
    """Folded name, external id, phone digits (with and without country code), e-mail.

    ``folded_name``: ``fold(name)`` when the caller has it already (imports fold once).
    """
    parts = [fold(name) if folded_name is None else folded_name, fold(external_id)]
    number = phone[1:] if phone and phone[0] == "+" and phone[1:].isdigit() else digits(phone)
    if number:
        parts.append(number)
        for prefix in ("55", "351"):
            if phone and phone.startswith("+" + prefix):
                parts.append(number[len(prefix) :])
    if email:
        parts.append(fold(email))
    return " ".join(p for p in parts if p)
