"""Property: importing any valid file twice leaves the same database as importing it once."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recovery_desk.paths import AppPaths
from recovery_desk.services.dto import UserDTO
from recovery_desk.services.users import access as users
from recovery_desk.services.workspace import open_workspace
from tests.unit.services.imports.helpers import customers, do_import, write

_text = (
    st.text(
        alphabet=st.characters(
            whitelist_categories=("Lu", "Ll", "Nd"), whitelist_characters=" çãé"
        ),
        min_size=1,
        max_size=12,
    )
    .map(str.strip)
    .filter(bool)
)

_row = st.fixed_dictionaries(
    {
        "key": st.uuids(),
        "id": st.one_of(st.just(""), st.from_regex(r"0?[0-9]{1,8}", fullmatch=True)),
        "name": _text,
        "phone": st.one_of(
            st.just(""),
            st.integers(1000, 9999).map(lambda n: f"(11) 9{n}-4321"),
            st.integers(100, 999).map(lambda n: f"912 {n} 678"),
            st.integers(10, 99).map(str),  # does not parse: kept as typed
        ),
        "email": st.one_of(st.just(""), st.from_regex(r"[a-c]{1,4}@[XY]\.pt", fullmatch=True)),
        "money": st.sampled_from(["", "1.234,56", "R$ 10,00", "99.9", "€ 5"]),
        "date": st.sampled_from(["", "05/03/2024", "2023-12-31", "45000"]),
        "reason": st.sampled_from(["", "Preço alto demais", "Price too high", "Mudou-se", "Outro"]),
    }
)
_rows = st.lists(
    _row,
    min_size=1,
    max_size=12,
    # A valid file: an id, phone or e-mail identifies one customer (names may repeat).
    unique_by=(
        lambda r: r["id"] or r["key"],
        lambda r: r["phone"] or r["key"],
        lambda r: r["email"].lower() or r["key"],
    ),
)


def _csv(rows: list[dict[str, str]], delimiter: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(["Código", "Nome", "Telefone", "E-mail", "Valor", "Data de saída", "Motivo"])
    for r in rows:
        writer.writerow(
            [r["id"], r["name"], r["phone"], r["email"], r["money"], r["date"], r["reason"]]
        )
    return out.getvalue()


def _without_version(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    return [{k: v for k, v in r.items() if k != "version"} for r in rows]


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(rows=_rows, delimiter=st.sampled_from([";", ","]))
def test_import_twice_equals_once(
    tmp_path: Path,
    data_paths: AppPaths,
    supervisor: UserDTO,
    rows: list[dict[str, str]],
    delimiter: str,
) -> None:
    ws = open_workspace(data_paths)
    try:
        from sqlalchemy import delete

        from recovery_desk.storage.tables import Customer

        with ws.sessions.begin() as session:
            session.execute(delete(Customer))
        path = write(tmp_path / "f.csv", _csv(rows, delimiter))
        user = users.current_user(ws.sessions)
        assert user is not None
        do_import(ws.sessions, user, path)
        once = customers(ws.sessions)
        second = do_import(ws.sessions, user, path)
        assert _without_version(customers(ws.sessions)) == _without_version(once)
        assert second.inserted == 0
    finally:
        ws.close()
