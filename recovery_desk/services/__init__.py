"""Use cases, one sub-package per feature a user would name (``calls``, ``imports``, ...).

Each service takes a session factory (:data:`dto.Sessions`), owns its session scope and its
queries, and returns frozen DTOs; none imports Qt. What every feature shares stays here:

- ``dto``: the shared DTOs and the ``Sessions`` type;
- ``progress``: ``Progress``, ``CancelToken`` and the throttle of long generators;
- ``audit``: the audit-log entry written with each change;
- ``primary_reason``: the customer's primary reason, kept up to date from calls and imports;
- ``workspace``: opening a data folder (database, default catalogue);
- ``errors``: the user-facing messages of storage and sync failures, shared by UI and CLI.

Feature packages may use the shared modules and the features their ``__init__`` names; the
shared modules use no feature (except ``workspace``, which seeds the default catalogue).
"""
