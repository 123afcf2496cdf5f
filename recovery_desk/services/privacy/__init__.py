"""Personal data duties (LGPD/GDPR): erasure on request, retention, access and portability.

Owns: erasing a customer's personal data on request (``erase``), the retention periods and
the purge that applies them (``retention``), and the export of everything held about one
person (``export``). What an erasure removes is ``storage/privacy.apply_erasure``;
``docs/privacy.md`` describes all of it.

May use: ``users`` (role checks), ``audit`` and the shared modules.
"""
