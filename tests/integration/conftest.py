"""A real PostgreSQL server for the integration tests (started by the fixtures).

``pg_server`` is one throwaway cluster per test session (see ``tests/pg_server.py``);
``pg_url`` is a fresh, empty database on it for one test, dropped afterwards. Without
PostgreSQL's server binaries the tests fail under CI (``CI`` set) and skip elsewhere.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

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
