"""The supervisor's Audit page: who did what, when, with which parameters."""
