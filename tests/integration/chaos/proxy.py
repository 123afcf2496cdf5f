"""A TCP proxy that misbehaves: between the desks and the test PostgreSQL.

Every accepted connection gets one fault, drawn from a seeded :class:`random.Random` in the
order connections arrive:

- ``none``: forwards faithfully;
- ``delay``: sleeps a little before forwarding each chunk (a slow, jittery link);
- ``cut``: after N bytes (both directions counted) closes both sides, mid-message — on a
  push that is inside a COPY, on a pull inside a large result;
- ``drop``: accepts, then closes at once (the client never sees the server's greeting);
- ``stall``: after N bytes stops forwarding but keeps both sockets open for S seconds, then
  closes them (a peer that vanished without a FIN: the server's backend sits in
  ``ClientRead`` with whatever locks it holds).

``faults = False`` makes every connection, new or live, forward faithfully (the final,
fault-free rounds); ``latency`` delays every chunk whatever the faults (to make a sync last
long enough for something to happen during it). Plain threads: the proxy runs beside
in-process syncs and subprocesses alike.
"""

from __future__ import annotations

import random
import socket
import threading
import time
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from types import TracebackType

KINDS = ("none", "delay", "cut", "drop", "stall")
DEFAULT_RATES = {"none": 0.55, "delay": 0.2, "cut": 0.12, "drop": 0.05, "stall": 0.08}
CHUNK = 65536


@dataclass(frozen=True)
class Fault:
    """What one connection suffers."""

    kind: str
    delay_s: float = 0.0
    after_bytes: int = 0  # cut / stall: bytes forwarded before it strikes
    stall_s: float = 0.0


class _Link:
    """One client connection and its upstream twin."""

    def __init__(self, client: socket.socket, upstream: socket.socket, fault: Fault):
        self.client = client
        self.upstream = upstream
        self.fault = fault
        self.forwarded = 0
        self.lock = threading.Lock()
        self.closed = threading.Event()

    def close(self) -> None:
        if self.closed.is_set():
            return
        self.closed.set()
        for sock in (self.client, self.upstream):
            try:
                sock.shutdown(socket.SHUT_RDWR)  # wakes the other pump's recv()
            except OSError:
                pass
            sock.close()


class ChaosProxy:
    """Listens on 127.0.0.1:``port`` and forwards to ``upstream`` with seeded faults.

    Args:
        upstream: (host, port) of the real server.
        seed: seeds the choice of faults (per connection, in arrival order).
        rates: probability of each fault kind (``KINDS``); normalised.
        stall_s: range of a stall's length in seconds.
        cut_bytes: range of the bytes forwarded before a cut or a stall.
        delay_s: range of the sleep per chunk of a ``delay`` connection.
    """

    def __init__(
        self,
        upstream: tuple[str, int],
        seed: int,
        *,
        rates: Mapping[str, float] | None = None,
        stall_s: tuple[float, float] = (0.2, 1.0),
        cut_bytes: tuple[int, int] = (300, 400_000),
        delay_s: tuple[float, float] = (0.0005, 0.01),
    ):
        self.upstream = upstream
        self.rng = random.Random(seed)
        chosen = {**DEFAULT_RATES, **(rates or {})}
        self._kinds = [k for k in KINDS if chosen.get(k, 0) > 0]
        self._weights = [chosen[k] for k in self._kinds]
        self.stall_range = stall_s
        self.cut_range = cut_bytes
        self.delay_range = delay_s
        self.faults = True
        self.latency = 0.0
        self.stats: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._links: set[_Link] = set()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port = int(self._listener.getsockname()[1])
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._accept_loop, name="chaos-accept", daemon=True)

    # -- life --------------------------------------------------------------------------

    def start(self) -> ChaosProxy:
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop accepting and close every live connection."""
        self._stopping.set()
        self._thread.join(5)
        self._listener.close()
        with self._lock:
            links = list(self._links)
        for link in links:
            link.close()

    def __enter__(self) -> ChaosProxy:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def live(self) -> int:
        """How many connections are open through the proxy now."""
        with self._lock:
            return len(self._links)

    # -- faults ------------------------------------------------------------------------

    def draw(self) -> Fault:
        """The next connection's fault (``none`` while faults are off)."""
        with self._lock:
            if not self.faults:
                return Fault("none")
            kind = self.rng.choices(self._kinds, self._weights)[0]
            if kind == "delay":
                return Fault(kind, delay_s=self.rng.uniform(*self.delay_range))
            if kind in ("cut", "stall"):
                after = self.rng.randint(*self.cut_range)
                stall = self.rng.uniform(*self.stall_range) if kind == "stall" else 0.0
                return Fault(kind, after_bytes=after, stall_s=stall)
            return Fault(kind)

    # -- forwarding --------------------------------------------------------------------

    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                client, _addr = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            client.settimeout(None)  # accepted sockets inherit the listener's timeout
            threading.Thread(target=self._open, args=(client,), daemon=True).start()

    def _open(self, client: socket.socket) -> None:
        fault = self.draw()
        with self._lock:
            self.stats[fault.kind] += 1
        if fault.kind == "drop":
            client.close()
            return
        try:
            upstream = socket.create_connection(self.upstream, timeout=10)
            upstream.settimeout(None)
        except OSError:
            client.close()
            return
        link = _Link(client, upstream, fault)
        with self._lock:
            self._links.add(link)
        pumps = [
            threading.Thread(target=self._pump, args=(link, client, upstream), daemon=True),
            threading.Thread(target=self._pump, args=(link, upstream, client), daemon=True),
        ]
        for pump in pumps:
            pump.start()
        for pump in pumps:
            pump.join()
        link.close()
        with self._lock:
            self._links.discard(link)

    def _pump(self, link: _Link, src: socket.socket, dst: socket.socket) -> None:
        try:
            while not link.closed.is_set():
                data = src.recv(CHUNK)
                if not data:
                    try:
                        dst.shutdown(socket.SHUT_WR)  # pass the half-close on
                    except OSError:
                        pass
                    return
                head, strikes = self._strike(link, data)
                if head:
                    dst.sendall(head)
                if strikes:
                    if link.fault.kind == "stall":
                        link.closed.wait(link.fault.stall_s)  # sockets open, nothing moves
                    return
        except OSError:
            pass
        finally:
            link.close()

    def _strike(self, link: _Link, data: bytes) -> tuple[bytes, bool]:
        """Apply the link's fault to one chunk: the bytes to forward, and whether the
        fault strikes now (forward those bytes, then stall or cut)."""
        if self.latency:
            time.sleep(self.latency)
        fault = link.fault
        if not self.faults or fault.kind == "none":
            return data, False
        if fault.kind == "delay":
            time.sleep(fault.delay_s)
            return data, False
        with link.lock:
            before = link.forwarded
            link.forwarded += len(data)
        if before + len(data) <= fault.after_bytes:
            return data, False
        # Up to the fault's byte only: it lands mid-message (inside a COPY, a result).
        return data[: max(0, fault.after_bytes - before)], True
