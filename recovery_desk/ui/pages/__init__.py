"""The pages of the main window, one folder each (``page.py``, its models and parts).

Which pages a role sees, their order and titles are decided in one place:
``recovery_desk.ui.navigation.PAGES``. ``actions.py`` holds the small page-action helpers
the pages share.
"""
