"""This desk's own preferences and facts: language, window layout, storage versions.

Owns: the preferences kept in the settings table (``store``) and the versions the About
dialog shows (``versions``).

May use: nothing of the other features.
"""
