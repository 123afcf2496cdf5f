"""departed."""
