"""The supervisor's catalogue: reasons and categories, offers, scripts, defensive phrases.

Owns: editing each kind (``reasons``, ``categories``, ``offers``, ``scripts``), merging
reasons and reviewing the ones imports created (``merge``), catalogue files in and out
(``files``, checked by ``file_check``), and the packaged defaults a new desk starts with
(``defaults``). Every change is audited in its own transaction.

May use: ``users`` (the supervisor check) and the shared modules.
"""
