"""The guided recovery call: apologise, listen, diagnose, assist, offer, outcome.

Owns: starting or resuming a call and saving its draft (``session``), the header the agent
reads (``header``), the catalogue reads the call screen needs (``catalogue``), the offers
that fit this customer (``offers``) and writing the finished call (``finish``).

May use: ``catalogue`` (offer rules), ``followups`` (call-backs a call schedules), and the
shared modules (``dto``, ``primary_reason``).
"""
