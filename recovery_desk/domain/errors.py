"""Domain errors that name the record and the field at fault."""

from __future__ import annotations


class DomainError(Exception):
    """A rule of the recovery method was broken."""


def fill(template: str, args: tuple[str, ...]) -> str:
    """``template`` with ``%1``, ``%2``… replaced by ``args`` (Qt's placeholder style)."""
    for number in range(len(args), 0, -1):  # %10 before %1
        template = template.replace(f"%{number}", args[number - 1])
    return template


class ValidationError(DomainError):
    """A value is not acceptable; ``field`` and ``row`` (when known) say where.

    ``message`` may be a template marked for translation, with ``%1``… filled by ``args``:
    the UI translates the template, then fills it (:attr:`text` is the English one).
    """

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        row: int | None = None,
        args: tuple[str, ...] = (),
    ):
        self.field = field
        self.row = row
        self.args_text = args
        where = []
        if row is not None:
            where.append(f"row {row}")
        if field:
            where.append(f"field '{field}'")
        prefix = f"{', '.join(where)}: " if where else ""
        super().__init__(prefix + fill(message, args))
        self.message = message

    @property
    def text(self) -> str:
        """The message with its values, untranslated."""
        return fill(self.message, self.args_text)


class PermissionDenied(DomainError):
    """The current user's role does not allow this action."""
