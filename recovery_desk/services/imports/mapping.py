"""Which column of an imported file holds which customer field.

Headers are recognised in Portuguese and English, accent- and case-insensitively, and by
the field names themselves. The CLI's ``--map field=Header`` and the wizard's combos
override the guess.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from recovery_desk.domain.errors import ValidationError
from recovery_desk.domain.messages import QT_TRANSLATE_NOOP
from recovery_desk.domain.text import fold

FIELDS: tuple[str, ...] = (
    "external_id",
    "name",
    "phone",
    "email",
    "segment",
    "region",
    "monthly_revenue",
    "lifetime_value",
    "customer_since",
    "departed_on",
    "served_by",
    "reason",
    "category",
    "notes",
)
IDENTITY_FIELDS = ("external_id", "name")

FIELD_LABELS: dict[str, str] = {
    "external_id": QT_TRANSLATE_NOOP("messages", "Customer code"),
    "name": QT_TRANSLATE_NOOP("messages", "Name"),
    "phone": QT_TRANSLATE_NOOP("messages", "Phone"),
    "email": QT_TRANSLATE_NOOP("messages", "E-mail"),
    "segment": QT_TRANSLATE_NOOP("messages", "Segment"),
    "region": QT_TRANSLATE_NOOP("messages", "Region"),
    "monthly_revenue": QT_TRANSLATE_NOOP("messages", "Monthly revenue"),
    "lifetime_value": QT_TRANSLATE_NOOP("messages", "Lifetime value"),
    "customer_since": QT_TRANSLATE_NOOP("messages", "Customer since"),
    "departed_on": QT_TRANSLATE_NOOP("messages", "Departure date"),
    "served_by": QT_TRANSLATE_NOOP("messages", "Served by (front-line rep)"),
    "reason": QT_TRANSLATE_NOOP("messages", "Departure reason"),
    "category": QT_TRANSLATE_NOOP("messages", "Reason category"),
    "notes": QT_TRANSLATE_NOOP("messages", "Notes"),
}
"""English labels of the fields (translated in the UI with ``translate_message``)."""

_ALIASES: dict[str, tuple[str, ...]] = {
    "external_id": (
        "codigo",
        "cod",
        "cod cliente",
        "codigo do cliente",
        "codigo cliente",
        "id",
        "id cliente",
        "id do cliente",
        "customer id",
        "customer code",
        "client id",
        "code",
        "external id",
        "numero de cliente",
        "n cliente",
        "nº cliente",
        "no cliente",
        "matricula",
        "contrato",
        "account",
        "account id",
        "cpf",
        "cnpj",
        "nif",
    ),
    "name": (
        "nome",
        "cliente",
        "nome do cliente",
        "nome cliente",
        "razao social",
        "customer",
        "customer name",
        "client",
        "client name",
        "full name",
        "nome completo",
    ),
    "phone": (
        "telefone",
        "celular",
        "telemovel",
        "tel",
        "fone",
        "whatsapp",
        "contacto",
        "contato",
        "telefone celular",
        "phone",
        "phone number",
        "mobile",
        "telephone",
        "cell",
    ),
    "email": ("e-mail", "email", "e mail", "correio eletronico", "mail", "email address"),
    "segment": ("segmento", "segment", "plano", "plan", "tier", "tipo de cliente"),
    "region": ("regiao", "region", "estado", "uf", "distrito", "cidade", "city", "state"),
    "monthly_revenue": (
        "receita mensal",
        "valor",
        "valor mensal",
        "mensalidade",
        "receita",
        "faturamento mensal",
        "faturacao mensal",
        "monthly revenue",
        "revenue",
        "mrr",
        "monthly value",
        "value",
    ),
    "lifetime_value": (
        "valor vitalicio",
        "ltv",
        "lifetime value",
        "valor total",
        "receita total",
        "total revenue",
        "clv",
        "valor acumulado",
    ),
    "customer_since": (
        "cliente desde",
        "data de adesao",
        "data adesao",
        "data de entrada",
        "inicio",
        "customer since",
        "since",
        "start date",
        "joined",
        "signup date",
    ),
    "departed_on": (
        "data de saida",
        "data saida",
        "data cancelamento",
        "data de cancelamento",
        "cancelamento",
        "saida",
        "data de rescisao",
        "departed on",
        "departure date",
        "churn date",
        "cancellation date",
        "cancelled on",
        "left on",
        "end date",
    ),
    "served_by": (
        "atendente",
        "atendido por",
        "vendedor",
        "consultor",
        "gestor",
        "representante",
        "served by",
        "rep",
        "agent",
        "account manager",
        "sales rep",
    ),
    "reason": (
        "motivo",
        "motivo da saida",
        "motivo do cancelamento",
        "motivo cancelamento",
        "razao",
        "reason",
        "churn reason",
        "departure reason",
        "cancellation reason",
    ),
    "category": (
        "categoria",
        "categoria do motivo",
        "category",
        "reason category",
        "tipo de motivo",
    ),
    "notes": ("observacoes", "observacao", "obs", "notas", "comentarios", "notes", "comments"),
}

MISSING_IDENTITY = QT_TRANSLATE_NOOP(
    "messages", "the file needs a column for the customer code or the name"
)
UNKNOWN_FIELD = QT_TRANSLATE_NOOP("messages", "unknown field '%1' (known: %2)")
UNKNOWN_HEADER = QT_TRANSLATE_NOOP("messages", "the file has no column '%1'")
DUPLICATE_HEADER = QT_TRANSLATE_NOOP(
    "messages",
    "columns %2 have the same name '%1': rename all but one, or choose one by its letter "
    "(--map %3=%4)",
)


def _key(header: str) -> str:
    return fold(header).replace("_", " ").replace(".", "").strip(" :#")


ALIAS_TO_FIELD: dict[str, str] = {
    _key(alias): field for field, aliases in _ALIASES.items() for alias in (field, *aliases)
}


def _letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _column_of_letter(text: str, count: int) -> int | None:
    """The 0-based column a letter reference names (``"F"`` → 5), if in range."""
    letters = text.strip().upper().removeprefix("#")
    if not letters.isalpha() or not letters.isascii() or len(letters) > 3:
        return None
    index = 0
    for char in letters:
        index = index * 26 + ord(char) - 64
    return index - 1 if index <= count else None


def _duplicates(headers: Sequence[str], index: int) -> list[int]:
    """Every column whose header reads as column ``index``'s (itself included)."""
    key = _key(headers[index])
    return [i for i, h in enumerate(headers) if key and _key(h) == key]


def column_choice(headers: Sequence[str], index: int) -> str:
    """How an override names column ``index``: its header, or ``#`` and its letter when
    another column has the same header."""
    return headers[index] if len(_duplicates(headers, index)) <= 1 else f"#{_letter(index)}"


def _refuse_duplicate(headers: Sequence[str], columns: list[int], field: str) -> None:
    letters = ", ".join(_letter(i) for i in columns)
    raise ValidationError(
        DUPLICATE_HEADER,
        field=field,
        args=(headers[columns[0]].strip(), letters, field, _letter(columns[-1])),
    )


def guess_mapping(headers: Sequence[str]) -> dict[str, int]:
    """Field → column index for every header recognised (the first column wins)."""
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        field = ALIAS_TO_FIELD.get(_key(header))
        if field is not None and field not in mapping:
            mapping[field] = index
    return mapping


def parse_map_options(options: Sequence[str]) -> dict[str, str]:
    """``["name=Nome do cliente", ...]`` → ``{"name": "Nome do cliente"}``."""
    result: dict[str, str] = {}
    for option in options:
        field, sep, header = option.partition("=")
        field = field.strip()
        if not sep or field not in FIELDS:
            raise ValidationError(
                UNKNOWN_FIELD.replace("%1", option).replace("%2", ", ".join(FIELDS)), field="map"
            )
        result[field] = header.strip()
    return result


def resolve_mapping(
    headers: Sequence[str],
    overrides: Mapping[str, str | None],
    *,
    require_identity: bool = True,
    refuse_duplicates: bool = True,
) -> dict[str, int]:
    """The guess, with ``overrides`` (field → header, ``#`` and a column letter, or
    ``None`` to ignore the field).

    A guess on a header two columns share is ambiguous: refused, naming the columns, or
    with ``refuse_duplicates=False`` (the wizard, whose user then picks a column) left out.

    Raises:
        ValidationError: an override names a missing or shared header or an unknown field,
            a guess falls on a shared header, or the result maps neither ``external_id``
            nor ``name``.
    """
    mapping = guess_mapping(headers)
    folded = {_key(h): i for i, h in reversed(list(enumerate(headers)))}
    exact = {h.strip(): i for i, h in reversed(list(enumerate(headers)))}
    for field, header in overrides.items():
        if field not in FIELDS:
            raise ValidationError(
                UNKNOWN_FIELD.replace("%1", field).replace("%2", ", ".join(FIELDS)), field=field
            )
        if header is None or header == "":
            mapping.pop(field, None)
            continue
        index = _override_column(headers, header, field, exact.get(header.strip()), folded)
        for other, column in list(mapping.items()):
            if column == index and other != field and other not in overrides:
                del mapping[other]
        mapping[field] = index
    for field, index in list(mapping.items()):
        if field not in overrides and len(same := _duplicates(headers, index)) > 1:
            if refuse_duplicates:
                _refuse_duplicate(headers, same, field)
            del mapping[field]
    if require_identity:
        check_mapping(mapping)
    return mapping


def _override_column(
    headers: Sequence[str], header: str, field: str, exact: int | None, folded: dict[str, int]
) -> int:
    """The column an override names: by its header (refused when shared) or its letter."""
    index = exact if exact is not None else folded.get(_key(header))
    if index is None:
        index = _column_of_letter(header, len(headers))
    elif len(same := _duplicates(headers, index)) > 1:
        _refuse_duplicate(headers, same, field)
    if index is None:
        raise ValidationError(UNKNOWN_HEADER.replace("%1", header), field=field)
    return index


def check_mapping(mapping: Mapping[str, int]) -> None:
    """Raise :class:`ValidationError` unless an identity field is mapped."""
    if not any(f in mapping for f in IDENTITY_FIELDS):
        raise ValidationError(MISSING_IDENTITY, field="name")
