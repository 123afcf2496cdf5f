"""Reading the audit log: who did what, when, with which parameters (supervisors only).

Owns: the filtered, keyset-paged query of ``audit_log`` with the actor's name
(``query``), shared by the Audit page and ``recovery-desk audit``. Writing entries is the
shared ``services/audit.py``.

May use: ``users`` and the shared modules.
"""
