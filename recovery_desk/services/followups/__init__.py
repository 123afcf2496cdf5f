"""Follow-ups: call-backs, overdue promises, care reviews and loops to close, by due time.

Owns: the one list sorted by due time and its actions (``lists``), and the call-backs and
next attempts that calls schedule (``callbacks``).

May use: ``care`` (reviews due) and the shared modules.
"""
