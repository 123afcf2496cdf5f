"""The bounds an import reads within, and the one-line refusal when a file passes one.

A file is read as a stream; every bound is checked while it streams, so a file built to
exhaust memory or time (a "bomb") is refused within seconds, naming the bound and where it
was passed. The defaults fit any real customer list (Excel itself stops at 1,048,576 rows
and 32,767 characters a cell); :class:`ReadLimits` lets a caller choose others.
"""

from __future__ import annotations

from dataclasses import dataclass

from recovery_desk.domain.errors import ValidationError
from recovery_desk.domain.messages import QT_TRANSLATE_NOOP

EXCEL_MAX_ROWS = 1_048_576
"""No XLSX sheet has more rows: a row number beyond it is a damaged or hostile file."""

TOO_MANY_COLUMNS = QT_TRANSLATE_NOOP(
    "messages", "row %1 has more than %2 columns, the most an import reads"
)
ROW_TOO_LONG = QT_TRANSLATE_NOOP(
    "messages", "row %1 is longer than %2 characters, the most an import reads in one row"
)
CELL_TOO_LONG = QT_TRANSLATE_NOOP(
    "messages", "cell %1 holds more than %2 characters, the most an import reads in one cell"
)
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "messages", "the file goes on past row %2 (row %1), the most an import reads"
)
TOO_MANY_CELLS = QT_TRANSLATE_NOOP(
    "messages", "the file holds more than %2 cells (at row %1), the most an import reads"
)
TOO_MANY_STRINGS = QT_TRANSLATE_NOOP(
    "messages", "the workbook holds more than %2 shared texts, the most an import reads"
)
PART_TOO_LARGE = QT_TRANSLATE_NOOP(
    "messages", "the workbook's part %1 unpacks to more than %2 MB, the most an import reads"
)
BOOK_TOO_LARGE = QT_TRANSLATE_NOOP(
    "messages", "the workbook unpacks to %1 MB, more than the %2 MB an import reads"
)


class LimitExceeded(ValidationError):
    """The file passes one of the bounds; nothing was imported."""

    def __init__(self, template: str, where: str, bound: int):
        super().__init__(template, field="file", args=(where, f"{bound:,}"))
        self.template = template


@dataclass(frozen=True)
class ReadLimits:
    """What an import reads at most (checked while the file streams).

    Attributes:
        max_columns: columns in any row.
        max_cell_chars: characters in one cell (Excel's own limit).
        max_row_chars: characters in one CSV row, quoted line breaks included.
        max_rows: rows of a file (an XLSX sheet never has more than Excel's 1,048,576).
        max_cells: cells of a whole file.
        max_shared_strings: distinct texts of a workbook (they are held in memory).
        max_part_mb: uncompressed size of a workbook's shared texts or styles (in memory).
        max_book_mb: uncompressed size of a whole workbook (streamed, bounds the time).
    """

    max_columns: int = 1_000
    max_cell_chars: int = 32_767
    max_row_chars: int = 1_000_000
    max_rows: int = 5_000_000
    max_cells: int = 50_000_000
    max_shared_strings: int = 2_000_000
    max_part_mb: int = 100
    max_book_mb: int = 1_024


DEFAULT_LIMITS = ReadLimits()
