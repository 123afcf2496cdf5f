"""The PostgreSQL fixture really starts a server, gives each test its own database and
survives a restart (the sync tests restart it between batches)."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, exc, make_url, text

from tests.pg_server import PgServer


def test_fresh_database_accepts_writes(pg_url: str, request: pytest.FixtureRequest) -> None:
    assert request.node.get_closest_marker("integration") is not None
    engine = create_engine(pg_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL)"))
            conn.execute(
                text("INSERT INTO t (id, name) VALUES (:id, :name)"),
                [{"id": 1, "name": "João"}, {"id": 2, "name": "Conceição"}],
            )
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT id, name FROM t ORDER BY id")).all()
            encoding = conn.execute(text("SHOW server_encoding")).scalar()
        assert [tuple(r) for r in rows] == [(1, "João"), (2, "Conceição")]
        assert encoding == "UTF8"
    finally:
        engine.dispose()


def test_each_test_gets_an_empty_database(pg_server: PgServer, pg_url: str) -> None:
    assert make_url(pg_url).port == pg_server.port
    engine = create_engine(pg_url)
    try:
        with engine.connect() as conn:
            tables = conn.execute(
                text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
            ).scalar()
        assert tables == 0  # the previous test's table t lives in another database
    finally:
        engine.dispose()


def test_restart_keeps_data_and_clients_reconnect(pg_server: PgServer, pg_url: str) -> None:
    engine = create_engine(pg_url, pool_pre_ping=True)
    plain = create_engine(pg_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE r (id int)"))
            conn.execute(text("INSERT INTO r VALUES (7)"))
        held = plain.connect()
        try:
            held.execute(text("SELECT 1"))
            pg_server.restart()
            with pytest.raises(exc.OperationalError):  # the old session was really cut
                held.execute(text("SELECT 1"))
        finally:
            held.close()
        with engine.connect() as conn:  # the pooled connection is stale: pre-ping replaces it
            assert conn.execute(text("SELECT id FROM r")).scalar() == 7
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO r VALUES (8)"))
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM r")).scalar() == 2
    finally:
        plain.dispose()
        engine.dispose()


def test_url_quotes_credentials(pg_server: PgServer) -> None:
    url = make_url(pg_server.url("some_db", user="agent x", password="p@ss:w/rd"))
    assert (url.drivername, url.host, url.port) == (
        "postgresql+psycopg",
        "127.0.0.1",
        pg_server.port,
    )
    assert (url.username, url.password, url.database) == ("agent x", "p@ss:w/rd", "some_db")
