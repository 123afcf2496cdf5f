"""Believable demo data for ``--demo`` and ``recovery-desk demo``: team, customers, calls.

Owns: the generator (``generate``) and its Brazilian and Portuguese word pools (``pools``).

May use: ``users`` (the demo desk's setting: invented people sign in without a password)
and the shared modules.
"""
