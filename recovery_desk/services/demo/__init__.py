"""Believable demo data for ``--demo`` and ``recovery-desk demo``: team, customers, calls.

Owns: the generator (``generate``) and its Brazilian and Portuguese word pools (``pools``).

May use: the shared modules only.
"""
