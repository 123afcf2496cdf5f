"""The supervisor's catalogue editor: reasons, review, offers, scripts, phrases, users."""
