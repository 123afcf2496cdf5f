"""The guided recovery call: a non-modal dialog with one lazily built page per step."""

from recovery_desk.ui.wizard.shortcuts import CALL_SHORTCUTS, call_shortcuts

__all__ = ["CALL_SHORTCUTS", "call_shortcuts"]
