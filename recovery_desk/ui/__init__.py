"""PySide6 user interface. Talks to services only; never issues SQL."""
