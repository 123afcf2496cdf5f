"""Use cases. Each takes a session factory, owns its session scope and returns DTOs."""
