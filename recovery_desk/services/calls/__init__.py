"""The guided recovery call: apologise, listen, diagnose, assist, offer, outcome.

Owns: starting or resuming a call and saving its draft (``session``), the header the agent
reads (``header``), the catalogue reads the call screen needs (``catalogue``), the offers
that fit this customer (``offers``), writing the finished call (``finish``) and the
supervisor's approval of offers above the agent's limit (``approvals``), shown among the
approver's follow-ups (``approval_followups``).

May use: ``catalogue`` (offer rules), ``followups`` (call-backs a call schedules), ``users``
(who may approve), and the shared modules (``dto``, ``audit``, ``primary_reason``).
"""
