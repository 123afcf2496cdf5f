"""The reason-log export: one row per reason, CSV (pt-BR/pt-PT Excel conventions) or XLSX.

Owns: the export with its audit entry and pseudonymisation (``reason_log``), the row
writers (``formats``) and the CSV fast path (``csv_writer``).

May use: ``reports`` (the same filters), ``users`` and the shared modules.
"""
