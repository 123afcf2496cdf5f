"""Pure-Python rules of the recovery method: no Qt, no SQLAlchemy, no I/O."""
