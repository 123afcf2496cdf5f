"""The agent's work queue: departed customers to call, searched, sorted and paged in SQL.

Owns: the queue's pages, search and counts (``listing``).

May use: nothing of the other features.
"""
