"""Domain errors that name the record and the field at fault."""

from __future__ import annotations


class DomainError(Exception):
    """A rule of the recovery method was broken."""


class ValidationError(DomainError):
    """A value is not acceptable; ``field`` and ``row`` (when known) say where."""

    def __init__(self, message: str, *, field: str | None = None, row: int | None = None):
        self.field = field
        self.row = row
        where = []
        if row is not None:
            where.append(f"row {row}")
        if field:
            where.append(f"field '{field}'")
        prefix = f"{', '.join(where)}: " if where else ""
        super().__init__(prefix + message)
        self.message = message


class PermissionDenied(DomainError):
    """The current user's role does not allow this action."""
