"""The PostgreSQL fixture really starts a server, and survives a restart."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from tests.pg_server import PgServer


def test_fresh_database_accepts_writes(pg_url: str) -> None:
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (id int primary key, name text)"))
        conn.execute(text("INSERT INTO t VALUES (1, 'João')"))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM t")).scalar() == "João"
    engine.dispose()


def test_restart_keeps_data(pg_server: PgServer, pg_url: str) -> None:
    engine = create_engine(pg_url, pool_pre_ping=True)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE r (id int)"))
        conn.execute(text("INSERT INTO r VALUES (7)"))
    pg_server.restart()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT id FROM r")).scalar() == 7
    engine.dispose()
