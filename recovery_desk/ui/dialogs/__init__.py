"""Dialogs opened with ``open()``/``show()``; file pickers through patchable ``ask`` functions."""
