"""The central database (PostgreSQL, or a local SQLite file standing in for it)."""
