"""The Follow-ups page and its start-up reminder: everything due for the user, by due time."""
