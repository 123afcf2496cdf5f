"""The Departed page: who left, and the monthly revenue that left with them, per period."""
