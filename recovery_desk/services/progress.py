"""Progress reports and cancellation for long services (pure Python, no Qt).

Long services are generators that yield :class:`Progress` and call ``token.check()``
between rows; the GUI adapter (``ui/tasks.py``) and the CLI drive the same generator.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Generator
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


class Cancelled(Exception):
    """The user cancelled the operation; whatever it wrote was rolled back."""


@dataclass(frozen=True)
class Progress:
    done: int
    total: int | None = None
    message: str = ""

    @property
    def fraction(self) -> float | None:
        if not self.total:
            return None
        return min(1.0, self.done / self.total)


class CancelToken:
    """Thread-safe cancel flag shared between the worker and the UI."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` when cancel was requested."""
        if self._event.is_set():
            raise Cancelled()


class Throttle:
    """Lets a progress report through at most every ``interval`` seconds."""

    def __init__(self, interval: float = 0.1) -> None:
        self.interval = interval
        self._last = 0.0

    def ready(self) -> bool:
        now = time.monotonic()
        if now - self._last >= self.interval:
            self._last = now
            return True
        return False


ProgressGen = Generator[Progress, None, T]


def run_to_end(gen: Generator[Progress, None, T]) -> T:
    """Drive a progress generator to its end, ignoring progress; return its value."""
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            return stop.value
