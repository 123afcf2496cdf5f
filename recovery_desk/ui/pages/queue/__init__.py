"""The Queue page: the agent's departed customers to call, searched and paged in SQL."""
