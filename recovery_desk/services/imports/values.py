"""Parsing the values of an imported row: money, dates, phones, identifiers and text.

Brazilian and Portuguese spreadsheets write money as ``1.234,56`` (often with ``R$`` or
``€``), dates as ``dd/mm/yyyy`` or Excel serials, and phones in national form. Every parser
takes the cell as the reader gave it (text from CSV, typed values from XLSX) and raises
:class:`ValueProblem` with a translatable message when the value cannot be used.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

import phonenumbers

from recovery_desk.domain.messages import QT_TRANSLATE_NOOP

Cell = str | int | float | date | datetime | bool | None

NOT_A_NUMBER = QT_TRANSLATE_NOOP("messages", "not an amount of money: %1")
NEGATIVE = QT_TRANSLATE_NOOP("messages", "a negative amount is not allowed: %1")
TOO_LARGE = QT_TRANSLATE_NOOP("messages", "the amount is too large: %1")
NOT_A_DATE = QT_TRANSLATE_NOOP("messages", "not a date (use dd/mm/yyyy): %1")
IMPOSSIBLE_DATE = QT_TRANSLATE_NOOP("messages", "impossible date: %1")
TOO_LONG = QT_TRANSLATE_NOOP("messages", "the text is too long (at most %2 characters): %1")

EXCEL_EPOCH = date(1899, 12, 30)
MAX_CENTS = 10**15
_CURRENCY = re.compile(r"(?i)r\$|€|\$|eur|brl|\s")
_THOUSANDS_ONLY = re.compile(r"^\d{1,3}(\.\d{3})+$")
_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_PLAIN_DECIMAL = re.compile(r"\d*\.?\d*")
_SERIAL = re.compile(r"^\d{1,6}(?:[.,]\d+)?$")


NO_SAVED_VALUE = QT_TRANSLATE_NOOP(
    "messages",
    "cell %1 holds a formula without a saved value: open the file in Excel, save it and "
    "import it again",
)
BAD_BYTE = QT_TRANSLATE_NOOP(
    "messages", "cell %1 holds a NUL or undecodable byte: correct it and import the row again"
)


class FaultyCells(list[Cell]):
    """The cells of a row the reader could not read whole: ``faults`` holds (column index,
    template) for each, and the row is rejected naming the cell (the rest of the file
    still imports)."""

    def __init__(self, cells: list[Cell], faults: list[tuple[int, str]]):
        super().__init__(cells)
        self.faults = faults


class ValueProblem(ValueError):
    """A cell that cannot be used: ``template`` is marked for translation, ``%1`` is the
    value as typed (``%2`` an optional detail)."""

    def __init__(self, template: str, value: str, detail: str = ""):
        self.template = template
        self.value = value
        self.detail = detail
        super().__init__(self.text)

    @property
    def text(self) -> str:
        return self.template.replace("%1", self.value).replace("%2", self.detail)


def as_text(value: Cell) -> str:
    """The cell as the user sees it: whole numbers without ``.0``, dates dd/mm/yyyy."""
    if type(value) is str:  # every cell of a CSV
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        if value.time() == datetime.min.time():
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M:%S")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value).strip()


def clean_text(value: Cell, limit: int) -> str | None:
    """Text kept as written (identifiers keep leading zeros; "None" is a value)."""
    text = as_text(value)
    if not text:
        return None
    if len(text) > limit:
        raise ValueProblem(TOO_LONG, text[:40] + "…", str(limit))
    return text


def parse_money(value: Cell) -> int | None:
    """Integer cents from ``1.234,56``, ``R$ 1.234,56``, ``1.234,56 €``, ``1234.56``…"""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        amount = Decimal(str(value))
        typed = as_text(value)
    else:
        typed = str(value).strip()
        if not typed:
            return None
        amount = _decimal(typed)
    if amount < 0:
        raise ValueProblem(NEGATIVE, typed)
    cents = int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if cents >= MAX_CENTS:
        raise ValueProblem(TOO_LARGE, typed)
    return cents


def _decimal(typed: str) -> Decimal:
    text = _CURRENCY.sub("", typed.replace("\u00a0", " "))
    negative = text.startswith("-") or (text.startswith("(") and text.endswith(")"))
    text = text.strip("-()")
    if "," in text and "." in text:
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif "," in text:
        if text.count(",") > 1:
            raise ValueProblem(NOT_A_NUMBER, typed)
        text = text.replace(",", ".")
    elif _THOUSANDS_ONLY.match(text) and not text.startswith("0"):
        text = text.replace(".", "")
    if not text or not _PLAIN_DECIMAL.fullmatch(text):
        raise ValueProblem(NOT_A_NUMBER, typed)
    try:
        amount = Decimal(text)
    except InvalidOperation as exc:
        raise ValueProblem(NOT_A_NUMBER, typed) from exc
    return -amount if negative else amount


def parse_date(value: Cell) -> date | None:
    """A date from ``dd/mm/yyyy``, ``yyyy-mm-dd``, an Excel serial or an XLSX date cell."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float):
        return _serial(float(value), as_text(value))
    typed = value.strip()
    if not typed:
        return None
    return _parse_date_text(typed)


@lru_cache(maxsize=4096)
def _parse_date_text(typed: str) -> date:
    match = _DMY.match(typed)
    if match:
        day, month, year = (int(g) for g in match.groups())
        if len(match.group(3)) == 2:
            year += 2000 if year < 70 else 1900
        return _make_date(year, month, day, typed)
    match = _YMD.match(typed)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return _make_date(year, month, day, typed)
    if _SERIAL.match(typed):
        return _serial(float(typed.replace(",", ".")), typed)
    raise ValueProblem(NOT_A_DATE, typed)


def _make_date(year: int, month: int, day: int, typed: str) -> date:
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise ValueProblem(IMPOSSIBLE_DATE, typed) from exc


def _serial(serial: float, typed: str) -> date:
    if not 1 <= serial < 2_958_466:
        raise ValueProblem(IMPOSSIBLE_DATE, typed)
    return EXCEL_EPOCH + timedelta(days=int(serial))


REGIONS = ("BR", "PT")


def parse_phone(value: Cell, region: str = "BR") -> tuple[str | None, bool]:
    """``(E.164, True)`` when the number parses, else ``(as typed, False)``.

    The default ``region`` is tried first, then the other market's (a 9-digit Portuguese
    number in a Brazilian file still parses). ``00`` international prefixes are accepted.
    """
    typed = as_text(value)
    if not typed:
        return None, True
    text = "+" + typed[2:] if typed.startswith("00") else typed
    quick = _PLAIN_NUMBERS.e164(text, region)
    if quick is not None:
        return quick, True
    return parse_phone_fully(typed, region)


def parse_phone_fully(typed: str, region: str = "BR") -> tuple[str, bool]:
    """:func:`parse_phone` through the phone-number library alone (any input)."""
    text = "+" + typed[2:] if typed.startswith("00") else typed
    regions = (region, *(r for r in REGIONS if r != region))
    for candidate in regions:
        try:
            number = phonenumbers.parse(text, candidate)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), True
        if text.startswith("+"):
            break
    return typed, False


class _PlainNumbers:
    """The common case of a million-row import, answered with the library's own data.

    ``phonenumbers.parse`` plus ``is_valid_number`` cost ~60 µs a number, most of an import
    row. Most cells are a plain national number ("(11) 91234-5678") or one with its country
    code ("+351 912 345 678"): for those, validity is the library's test — the region's
    general pattern and one of its number-type patterns, with their possible lengths — done
    here with the same metadata. Anything else (letters, extensions, trunk or carrier
    prefixes, another country, a number that is not valid) goes to the library unchanged;
    a property test holds the two paths equal.
    """

    _SEPARATORS = re.compile(r"[ ()\-./]+")
    _TYPES = (
        "premium_rate",
        "toll_free",
        "shared_cost",
        "voip",
        "personal_number",
        "pager",
        "uan",
        "voicemail",
        "fixed_line",
        "mobile",
    )

    def __init__(self, regions: tuple[str, ...]):
        self._codes: dict[str, str] = {}
        self._valid: dict[str, re.Pattern[str]] = {}
        for region in regions:
            metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
            assert metadata is not None and metadata.country_code is not None
            assert metadata.general_desc is not None
            self._codes[region] = str(metadata.country_code)
            types = [d for d in (getattr(metadata, n) for n in self._TYPES) if _has_pattern(d)]
            # The library's test in one expression: the general description (lengths and
            # pattern), then any number type's; never "0…" (a trunk prefix, not a number).
            self._valid[region] = re.compile(
                f"(?!0)(?={_desc_regex(metadata.general_desc)})"
                f"(?:{'|'.join(_desc_regex(d) for d in types)})"
            )

    def e164(self, text: str, region: str) -> str | None:
        digits = self._SEPARATORS.sub("", text)
        international = digits.startswith("+")
        if international:
            digits = digits[1:]
        if not (digits.isascii() and digits.isdigit()):
            return None
        if international:
            for candidate, code in self._codes.items():
                if digits.startswith(code) and self._valid[candidate].match(digits, len(code)):
                    return f"+{digits}"
            return None
        # A national number: only when no trunk prefix ("0", "90") could be read into it.
        valid = self._valid.get(region)
        if valid is not None and not digits.startswith("90") and valid.match(digits):
            return f"+{self._codes[region]}{digits}"
        return None


def _has_pattern(desc: phonenumbers.PhoneNumberDesc | None) -> bool:
    return desc is not None and bool(desc.national_number_pattern)


def _desc_regex(desc: phonenumbers.PhoneNumberDesc) -> str:
    """A description as a regex over the rest of the text: its possible lengths (when it
    lists any) as a look-ahead, then its national-number pattern up to the end."""
    pattern = f"(?:{desc.national_number_pattern})\\Z"
    if not desc.possible_length:
        return pattern
    lengths = "|".join(f"\\d{{{n}}}" for n in sorted(desc.possible_length))
    return f"(?=(?:{lengths})\\Z){pattern}"


_PLAIN_NUMBERS = _PlainNumbers(REGIONS)


def normalise_email(value: Cell) -> str | None:
    """E-mail addresses compare case-insensitively: stored trimmed and lower-cased."""
    text = as_text(value)
    return text.lower() if text else None
