"""A real PostgreSQL server for the integration tests (started by the fixtures).

``pg_server`` is one throwaway cluster per test session (see ``tests/pg_server.py``);
``pg_url`` is a fresh, empty database on it for one test, dropped afterwards. Without
PostgreSQL's server binaries the tests fail under CI (``CI`` set) and skip elsewhere.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from recovery_desk.services.sync import central_admin
from tests.integration import desks as D
from tests.integration import sync_support as S
from tests.pg_server import PgServer, available

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Hooks in a sub-folder conftest still see every collected item: filter by path.
    for item in items:
        path = Path(item.path).resolve()
        if path == HERE or HERE in path.parents:
            item.add_marker(pytest.mark.integration)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    reason = available()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required when CI is set: {reason}", pytrace=False)
        pytest.skip(reason)
    server = PgServer()
    try:
        yield server
    finally:
        server.cleanup()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """The SQLAlchemy URL of a fresh, uniquely named, empty database for one test."""
    url = pg_server.create_database()
    yield url
    if not pg_server.is_running():  # the test stopped the server and did not start it
        pg_server.start()
    pg_server.drop_database(url.rsplit("/", 1)[1])


# --- a team's desks (tests/integration/test_sync_many_desks.py, test_sync_rights.py) ----------


@pytest.fixture(scope="module")
def password_auth(pg_server: PgServer) -> None:
    S.require_passwords(pg_server)


@pytest.fixture
def centre(pg_url: str) -> str:
    central_admin.init_centre(pg_url)
    return pg_url


@pytest.fixture
def team(template_data_dir: Path, tmp_path: Path, centre: str, pg_server: PgServer) -> Any:
    """Two supervisors' desks and one agent's, each joined with its own login."""
    t = uuid.uuid4().hex[:5]

    def desk(name: str, role: str) -> D.Desk:
        url = D.login(pg_server, centre, f"{name}{t}", role)
        return D.joined_desk(template_data_dir, tmp_path / name, url)

    class Team:
        tag = t
        a = desk("sa", "supervisor")
        b = desk("sb", "supervisor")
        agent = desk("ag", "agent")
        agent_name = f"ag{t}".title()

    yield Team
    for member in (Team.a, Team.b, Team.agent):
        member.ws.close()
