"""Importing departed customers from CSV or XLSX (supervisors only), as one generator.

Owns: reading the file (``read``), which column is which field (``mapping``), parsing
values (``values``) and rows (``rows``), matching reasons to the catalogue (``reasons``),
writing customers in batches (``writer``), rejected rows and their CSV (``errors``), and the
import itself with its preview (``importer``).

May use: ``catalogue`` (default search text), ``users`` and the shared modules.
"""
