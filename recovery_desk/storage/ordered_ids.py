"""Time-ordered UUIDs (version 7, RFC 9562) for rows written in bulk.

Random version-4 keys land all over a B-tree index; writing 100,000 of them into a table
with a few indexes costs far more than the rows themselves. A bulk write instead takes one
:class:`IdBlock`: a version-7 prefix (the current Unix time in milliseconds, then random
bits) followed by a 48-bit counter that starts at a random point, so the keys of one batch
are unique, increase in the order they are written and append to the primary-key index.
Two desktops writing in the same millisecond still differ in 26 random prefix bits and in
the counter's random start.
"""

from __future__ import annotations

import secrets
import time
import uuid
from dataclasses import dataclass

COUNTER_BITS = 48
COUNTER_DIGITS = COUNTER_BITS // 4


@dataclass(frozen=True)
class IdBlock:
    """``count`` consecutive version-7 UUIDs: ``prefix`` (20 hex digits) + counter."""

    prefix: str
    start: int
    count: int

    def hex_at(self, offset: int) -> str:
        """The 32 hex digits of the ``offset``-th id (how SQLite stores a Uuid column)."""
        return f"{self.prefix}{self.start + offset:0{COUNTER_DIGITS}x}"

    @property
    def first(self) -> str:
        return self.hex_at(0)

    @property
    def last(self) -> str:
        return self.hex_at(self.count - 1)

    def uuids(self) -> list[uuid.UUID]:
        """Every id of the block, in order, as UUID objects."""
        base = int(self.prefix, 16) << COUNTER_BITS
        return [uuid.UUID(int=base + self.start + i) for i in range(self.count)]

    def sql_hex(self, offset_sql: str) -> str:
        """SQL for the hex id at a 1-based row number (e.g. ``ROW_NUMBER() OVER (...)``)."""
        return f"printf('{self.prefix}%0{COUNTER_DIGITS}x', {self.start - 1} + ({offset_sql}))"


def id_block(count: int, now_ms: int | None = None) -> IdBlock:
    """Reserve ``count`` (at most 2**46) time-ordered ids."""
    if not 0 <= count <= 1 << (COUNTER_BITS - 2):
        raise ValueError(f"an id block holds at most 2**46 ids, not {count}")
    millis = (time.time_ns() // 1_000_000 if now_ms is None else now_ms) & ((1 << 48) - 1)
    rand_a = secrets.randbits(12)
    variant = 0b10 << 2 | secrets.randbits(2)  # RFC 9562 variant, two random bits
    rand_b_high = secrets.randbits(12)
    prefix = f"{millis:012x}7{rand_a:03x}{variant:x}{rand_b_high:03x}"
    start = secrets.randbits(COUNTER_BITS - 1)  # room for the block below 2**48
    return IdBlock(prefix, start, count)
