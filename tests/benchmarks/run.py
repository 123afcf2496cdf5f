"""Run every benchmark and print one table: figure, same-run limit, ratio, verdict.

    python -m tests.benchmarks.run               # all
    python -m tests.benchmarks.run queue import  # only bench_queue.py, bench_import.py
    python -m tests.benchmarks.run cycles:assignment  # only bench_cycles.bench_assignment

Exits 1 when a figure misses its limit. Kept out of the default test run.
"""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.benchmarks.common import Result  # noqa: E402

HERE = Path(__file__).resolve().parent


def _modules(selected: list[str]) -> list[str]:
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    if selected:
        names = [n for n in names if n.removeprefix("bench_") in selected or n in selected]
    return names


def _picked(argv: list[str]) -> tuple[list[str], dict[str, set[str]]]:
    """Split ``module:function`` arguments off: the modules to run, and for some of them
    the only benchmark functions to run (``bench_`` prefixes optional)."""
    modules: list[str] = []
    functions: dict[str, set[str]] = {}
    for arg in argv:
        module, _, function = arg.partition(":")
        module = module.removeprefix("bench_")
        modules.append(module)
        if function:
            functions.setdefault(f"bench_{module}", set()).add(
                f"bench_{function.removeprefix('bench_')}"
            )
    return modules, functions


def _fmt(value: float | None) -> str:
    if value is None:
        return "-"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:.3g}" if abs(value) < 10 else f"{value:.1f}"


def print_table(results: list[Result]) -> None:
    header = ("benchmark", "figure", "unit", "limit", "limit from", "ratio", "ok")
    rows = [header]
    for r in results:
        verdict = {True: "yes", False: "NO", None: "-"}[r.passed]
        rows.append(
            (r.name, _fmt(r.value), r.unit, _fmt(r.limit), r.limit_source, _fmt(r.ratio), verdict)
        )
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(header))]
    for number, row in enumerate(rows):
        print("  ".join(str(cell).ljust(widths[i]) for i, cell in enumerate(row)))
        if number == 0:
            print("  ".join("-" * w for w in widths))


def main(argv: list[str]) -> int:
    results: list[Result] = []
    selected, functions = _picked(argv)
    for name in _modules(selected):
        module = importlib.import_module(f"tests.benchmarks.{name}")
        for bench in module.BENCHMARKS:
            if name in functions and bench.__name__ not in functions[name]:
                continue
            with tempfile.TemporaryDirectory(prefix=f"rd-{name}-") as scratch:
                print(f"running {name}.{bench.__name__} ...", file=sys.stderr, flush=True)
                results.extend(bench(Path(scratch)))
    print_table(results)
    return 1 if any(r.passed is False for r in results) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
