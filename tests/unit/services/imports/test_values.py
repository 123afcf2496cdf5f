"""Money, dates, phones and text as Brazilian and Portuguese files write them."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recovery_desk.domain.errors import ValidationError
from recovery_desk.services.imports.mapping import guess_mapping, parse_map_options, resolve_mapping
from recovery_desk.services.imports.values import (
    ValueProblem,
    clean_text,
    parse_date,
    parse_money,
    parse_phone,
    parse_phone_fully,
)


@pytest.mark.parametrize(
    ("typed", "cents"),
    [
        ("1.234,56", 123456),
        ("R$ 1.234,56", 123456),
        ("R$\u00a01.234,56", 123456),
        ("€ 99,90", 9990),
        ("1.234,56 €", 123456),
        ("1234.56", 123456),
        ("1,234.56", 123456),
        ("1.234", 123400),
        ("0.5", 50),
        ("12", 1200),
        ("1.234.567,8", 123456780),
        (1234.5, 123450),
        (12, 1200),
        ("", None),
        (None, None),
    ],
)
def test_money_forms(typed: object, cents: int | None) -> None:
    assert parse_money(typed) == cents  # type: ignore[arg-type]


@pytest.mark.parametrize("typed", ["abc", "12,34,56", "1.2.3x", "R$", "-5,00"])
def test_money_rejects(typed: str) -> None:
    with pytest.raises(ValueProblem):
        parse_money(typed)


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("05/03/2024", date(2024, 3, 5)),
        ("5/3/24", date(2024, 3, 5)),
        ("2024-03-05", date(2024, 3, 5)),
        ("2024-03-05 00:00:00", date(2024, 3, 5)),
        ("45356", date(2024, 3, 5)),
        (45356, date(2024, 3, 5)),
        (45356.0, date(2024, 3, 5)),
        (datetime(2024, 3, 5, 10, 0), date(2024, 3, 5)),
        (date(2024, 3, 5), date(2024, 3, 5)),
        ("", None),
    ],
)
def test_date_forms(typed: object, day: date | None) -> None:
    assert parse_date(typed) == day  # type: ignore[arg-type]


@pytest.mark.parametrize("typed", ["31/02/2024", "2024-13-01", "yesterday", "0"])
def test_date_rejects(typed: str) -> None:
    with pytest.raises(ValueProblem):
        parse_date(typed)


@pytest.mark.parametrize(
    ("typed", "region", "expected"),
    [
        ("(11) 98765-4321", "BR", ("+5511987654321", True)),
        ("+55 21 3456-7890", "PT", ("+552134567890", True)),
        ("912 345 678", "PT", ("+351912345678", True)),
        ("912345678", "BR", ("+351912345678", True)),
        ("00351 21 123 4567", "BR", ("+351211234567", True)),
        ("12345", "BR", ("12345", False)),
        ("ligar depois", "PT", ("ligar depois", False)),
        ("", "BR", (None, True)),
    ],
)
def test_phones(typed: str, region: str, expected: tuple[str | None, bool]) -> None:
    assert parse_phone(typed, region) == expected


_PREFIXES = ["", "+", "00", "+55", "+351", "0", "90", "0055", "00351", "055", "+1", "+44"]
_phone_like = st.builds(
    lambda prefix, groups, seps: (
        prefix + "".join(g + s for g, s in zip(groups, seps, strict=False))
    ),
    st.sampled_from(_PREFIXES),
    st.lists(st.text("0123456789", min_size=1, max_size=6), min_size=1, max_size=5),
    st.lists(st.sampled_from(["", " ", "-", ".", "/", "(", ")", ") ", "x", "+", "a"]), max_size=5),
)


@settings(max_examples=400)
@given(_phone_like | st.text(max_size=20), st.sampled_from(["BR", "PT"]))
def test_quick_phone_path_agrees_with_the_library(typed: str, region: str) -> None:
    """Plain numbers skip ``phonenumbers.parse``; the answer must be the library's."""
    expected = parse_phone_fully(typed.strip(), region) if typed.strip() else (None, True)
    assert parse_phone(typed, region) == expected


@pytest.mark.parametrize("area", [11, 21, 31, 51, 55, 61, 71, 81, 91, 92, 99])
@pytest.mark.parametrize("local", ["91234-5678", "3456-7890", "7123-4567", "2123-4567"])
def test_quick_phone_path_on_every_kind_of_brazilian_number(area: int, local: str) -> None:
    for typed in (f"({area}) {local}", f"+55 {area} {local}", f"0{area} {local}"):
        assert parse_phone(typed, "BR") == parse_phone_fully(typed, "BR")


def test_identifiers_and_none_stay_text() -> None:
    assert clean_text("000123", 100) == "000123"
    assert clean_text("None", 100) == "None"
    assert clean_text(12345678901234567890, 100) == "12345678901234567890"
    with pytest.raises(ValueProblem):
        clean_text("x" * 101, 100)


def test_headers_recognised_in_both_languages() -> None:
    headers = [
        "Código",
        "NOME",
        "Celular",
        "Receita Mensal",
        "Data de Saída",
        "Motivo",
        "Categoria",
        "Atendente",
        "Segmento",
        "Região",
        "Cliente desde",
        "E-mail",
    ]
    assert set(guess_mapping(headers)) == {
        "external_id",
        "name",
        "phone",
        "monthly_revenue",
        "departed_on",
        "reason",
        "category",
        "served_by",
        "segment",
        "region",
        "customer_since",
        "email",
    }
    english = ["Customer ID", "Customer name", "Phone", "Monthly revenue", "Departure date"]
    assert guess_mapping(english) == {
        "external_id": 0,
        "name": 1,
        "phone": 2,
        "monthly_revenue": 3,
        "departed_on": 4,
    }
    assert guess_mapping(["name", "departed_on"]) == {"name": 0, "departed_on": 1}
    assert guess_mapping(["Cliente", "Valor", "Data cancelamento"]) == {
        "name": 0,
        "monthly_revenue": 1,
        "departed_on": 2,
    }


def test_map_overrides_and_missing_identity() -> None:
    headers = ["Quem", "Quanto"]
    with pytest.raises(ValidationError, match="customer code or the name"):
        resolve_mapping(headers, {})
    mapping = resolve_mapping(headers, parse_map_options(["name=Quem", "monthly_revenue=quanto"]))
    assert mapping == {"name": 0, "monthly_revenue": 1}
    with pytest.raises(ValidationError, match="no column"):
        resolve_mapping(headers, {"name": "Nope"})
    with pytest.raises(ValidationError, match="unknown field"):
        parse_map_options(["nome=Quem"])
