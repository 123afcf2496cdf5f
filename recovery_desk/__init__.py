"""Recovery Desk: win back departed customers."""

__version__ = "0.1.0"
APP_NAME = "RecoveryDesk"
SYNC_CHILD_FLAG = "--sync-child"  # the desktop's sync process (services/sync/process.py)
