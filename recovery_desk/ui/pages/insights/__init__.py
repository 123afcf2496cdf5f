"""The Insights page: per responsible team, the reasons and revenue at stake, and verbatims."""
