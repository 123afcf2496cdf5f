"""Rescue cycles: open one with its rules, preview who it keeps, assign, reassign, close.

Owns: the selection rules as SQL and their live count (``rules``, ``funnel``), what the
cycle screens offer to choose from (``choices``) and the cycle's life (``manage``).

May use: ``reports`` (filters shared with the reports), ``users`` and the shared modules.
"""
