"""The Approvals page: offers above an agent's limit, approved or rejected with a note."""
