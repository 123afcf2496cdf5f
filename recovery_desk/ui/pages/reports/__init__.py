"""The Reports page: reasons Pareto, recovery per cycle, offers, promises, step times."""
