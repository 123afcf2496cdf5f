"""Qt item models over service DTOs (one per table on screen)."""
