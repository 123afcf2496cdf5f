"""Alembic environment of the central schema (version table ``rd_central_version``)."""

from __future__ import annotations

from alembic import context

from recovery_desk.storage.central.schema import central_metadata

config = context.config
VERSION_TABLE = "rd_central_version"


def run_migrations_online() -> None:
    connection = config.attributes["connection"]
    context.configure(
        connection=connection, target_metadata=central_metadata, version_table=VERSION_TABLE
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
