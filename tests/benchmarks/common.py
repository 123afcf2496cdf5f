"""Shared pieces of the benchmarks: results, timers, peak memory.

Each ``tests/benchmarks/bench_*.py`` defines ``BENCHMARKS``: a list of callables taking a
scratch folder (``Path``) and returning a list of :class:`Result`. A figure is compared with
a *limit measured in the same run* (raw sqlite3, COPY, Qt alone...) or with a fixed target
from the issue when no such baseline exists. ``python -m tests.benchmarks.run`` prints one
table for all of them.
"""

from __future__ import annotations

import resource
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    """One line of the table.

    ``value`` and ``limit`` are in ``unit``. ``higher_is_better`` says which way passes:
    e.g. rows/s (higher) versus ms (lower). ``target`` is the issue's rule in words.
    """

    name: str
    value: float
    unit: str
    limit: float | None
    limit_source: str
    higher_is_better: bool = False
    target: str = ""
    context: bool = False

    @property
    def ratio(self) -> float | None:
        if not self.limit:
            return None
        return self.value / self.limit

    @property
    def passed(self) -> bool | None:
        if self.limit is None or self.context:
            return None
        if self.higher_is_better:
            return self.value >= self.limit
        return self.value <= self.limit


Benchmark = Callable[..., list[Result]]


def timed(fn: Callable[[], object]) -> float:
    """Seconds taken by ``fn()``."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def p95(samples: list[float]) -> float:
    if len(samples) < 2:
        return samples[0]
    return statistics.quantiles(samples, n=20)[18]


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB.

    On Linux the high-water mark of this process's own memory (``VmHWM``): ``ru_maxrss``
    of a child started by ``subprocess`` (vfork + exec) also counts its parent's peak, so a
    benchmark child started by a runner that had grown to 2 GB reported 2 GB itself.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
