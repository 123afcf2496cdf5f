"""Property: any interleaving of local edits, failed pushes and syncs converges."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recovery_desk.services.sync import central_admin
from recovery_desk.services.sync.push_pull import CentralError
from recovery_desk.storage.central import push
from recovery_desk.storage.tables import Call
from tests.integration import sync_support as S

OUTCOMES = ["won_back", "thinking", "declined", "not_reached"]
steps = st.lists(
    st.one_of(
        st.tuples(st.just("edit"), st.integers(0, 2), st.sampled_from(OUTCOMES)),
        st.tuples(st.just("fail"), st.integers(1, 3), st.just("")),
        st.tuples(st.just("sync"), st.just(0), st.just("")),
    ),
    max_size=8,
)


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=steps)
def test_interleavings_converge(
    ops: list[tuple[str, int, str]],
    template_data_dir: Path,
    pg_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    central_admin.init_centre(pg_url)  # idempotent
    with tempfile.TemporaryDirectory() as tmp:
        ws = S.desktop(template_data_dir, Path(tmp) / "d")
        calls = [S.add_call(ws, reasons=1) for _ in range(3)]
        real = push.apply_push
        for op, arg, outcome in ops:
            if op == "edit":
                S.edit_call(ws, calls[arg], outcome)
            elif op == "sync":
                S.run_sync(ws, pg_url)
            else:
                seen = []

                def flaky(conn, table, rows, limit=arg, seen=seen, **kw):  # type: ignore[no-untyped-def]
                    seen.append(table)
                    if len(seen) >= limit:
                        raise CentralError("unreachable", "injected")
                    return real(conn, table, rows, **kw)

                monkeypatch.setattr(push, "apply_push", flaky)
                try:
                    S.run_sync(ws, pg_url)
                except CentralError:
                    pass
                monkeypatch.setattr(push, "apply_push", real)
        S.run_sync(ws, pg_url)
        local = dict(S.local_rows(ws, Call))
        central = dict(S.central_rows(pg_url, "calls"))
        assert {c: central.get(c) for c in calls} == {c: local[c] for c in calls}
        ws.close()
