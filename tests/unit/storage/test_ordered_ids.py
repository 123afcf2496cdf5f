"""Time-ordered ids for bulk writes: valid version-7 UUIDs, unique, increasing."""

from __future__ import annotations

import sqlite3
import uuid

import pytest

from recovery_desk.storage.ordered_ids import id_block


def test_a_block_is_increasing_version_7_uuids() -> None:
    block = id_block(1000, now_ms=1_764_000_000_000)
    ids = block.uuids()
    assert [i.hex for i in ids] == [block.hex_at(n) for n in range(1000)]
    assert ids == sorted(ids) and len(set(ids)) == 1000
    assert {(i.version, i.variant) for i in ids} == {(7, uuid.RFC_4122)}
    # The first 48 bits are the time in milliseconds, as RFC 9562 lays out version 7.
    assert ids[0].int >> 80 == 1_764_000_000_000
    assert (block.first, block.last) == (ids[0].hex, ids[-1].hex)


def test_blocks_of_the_same_millisecond_differ() -> None:
    firsts = {id_block(10, now_ms=5).first for _ in range(200)}
    assert len(firsts) == 200


def test_sql_numbering_gives_the_same_ids_as_python() -> None:
    block = id_block(5)
    conn = sqlite3.connect(":memory:")
    rows = conn.execute(
        f"SELECT {block.sql_hex('n')} FROM (SELECT 1 AS n UNION ALL SELECT 2 UNION ALL "
        "SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5) ORDER BY n"
    ).fetchall()
    assert [r[0] for r in rows] == [u.hex for u in block.uuids()]


def test_a_block_has_a_size_limit() -> None:
    with pytest.raises(ValueError, match="2\\*\\*46"):
        id_block(1 << 47)
