"""Recovery Desk: win back departed customers."""

__version__ = "0.1.0"
APP_NAME = "RecoveryDesk"
