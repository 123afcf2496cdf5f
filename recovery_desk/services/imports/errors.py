"""Rejected rows of an import: the list shown to the user and the errors CSV.

The errors CSV has the input's columns plus an ``erro`` column, so the user can fix the
rows in a spreadsheet and import the file again. It is written to a kill-safe temporary
file beside the target (:mod:`recovery_desk.storage.scratch`) and renamed into place only
once the import committed; without a target it is a work file of the scratch folder.
"""

from __future__ import annotations

import csv
import os
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from recovery_desk.services.imports.read import FileInfo
from recovery_desk.services.imports.rows import Problem
from recovery_desk.services.imports.values import Cell, as_text
from recovery_desk.storage.scratch import OutputFile, WorkFile

ERROR_COLUMN = "erro"
Translate = Callable[[str], str]


@dataclass(frozen=True)
class Rejection:
    """Row ``row`` (as numbered in the file) was rejected because of ``field``."""

    row: int
    field: str
    template: str
    value: str = ""
    detail: str = ""

    @classmethod
    def of(cls, row: int, problem: Problem) -> Rejection:
        return cls(row, problem.field, problem.template, problem.value, problem.detail)

    def text(self, translate: Translate | None = None) -> str:
        template = translate(self.template) if translate else self.template
        return template.replace("%1", self.value).replace("%2", self.detail)

    def __str__(self) -> str:
        return f"row {self.row}, field '{self.field}': {self.text()}"


class ErrorSpool:
    """Rejected rows streamed to a temporary CSV while the import runs."""

    def __init__(self, info: FileInfo, target: Path | None, translate: Translate | None = None):
        self.info = info
        self.target = target
        self.translate = translate
        self.count = 0
        self.path: Path | None = None
        self._output: OutputFile | None = None
        self._work: WorkFile | None = None
        self._fh: IO[str] | None = None
        self._writer: csv.DictWriter[str] | None = None
        self._columns = {index: header for header, index in _by_field(info).items()}

    def add(self, cells: Sequence[Cell], problems: Sequence[Problem]) -> None:
        if self._fh is None:
            self._open()
        assert self._fh is not None
        texts = [as_text(c) for c in cells]
        texts += [""] * (len(self.info.headers) - len(texts))
        why = "; ".join(
            f"{self._header(p.field)}: {Rejection.of(0, p).text(self.translate)}" for p in problems
        )
        csv.writer(self._fh, delimiter=self._delimiter()).writerow([*texts, why])
        self.count += 1

    def _header(self, field: str) -> str:
        index = self.info.mapping.get(field)
        return self.info.headers[index] if index is not None else field

    def _delimiter(self) -> str:
        return self.info.format.delimiter if self.info.format.kind == "csv" else ";"

    def _open(self) -> None:
        if self.target is not None:
            self._output = OutputFile(self.target)
            fd = os.dup(self._output.fd)
        else:
            self._work = WorkFile(suffix=".csv")
            fd = os.dup(self._work.fd)
            self.path = self._work.path
        self._fh = os.fdopen(fd, "w", encoding="utf-8-sig", newline="")
        csv.writer(self._fh, delimiter=self._delimiter()).writerow(
            [*self.info.headers, ERROR_COLUMN]
        )

    def finish(self) -> Path | None:
        """Close the spool; move it to the target. Returns where the errors CSV is."""
        if self._fh is None:
            return None
        self._fh.close()
        if self._output is not None:
            self._output.commit()
            return self._output.target
        if self._work is not None:  # kept for the user to save; the next start removes it
            os.close(self._work.fd)
            self._work.fd = -1
        return self.path

    def discard(self) -> None:
        if self._fh is not None:
            self._fh.close()
        if self._output is not None:
            self._output.close()
        if self._work is not None:
            self._work.remove()


def _by_field(info: FileInfo) -> dict[str, int]:
    return dict(info.mapping)


def save_copy(errors_file: Path, target: Path) -> None:
    """Copy an errors CSV to ``target`` (through a temporary file renamed into place)."""
    output = OutputFile(target)
    try:
        with errors_file.open("rb") as source, os.fdopen(os.dup(output.fd), "wb") as copy:
            shutil.copyfileobj(source, copy)
        output.commit()
    finally:
        output.close()
