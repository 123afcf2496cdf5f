"""Reports: lost revenue by reason, who left, recovery per cycle, offers, promises.

Owns: the filters every report shares (``filters``), the reasons Pareto (``reasons``),
departures per month or quarter (``departed``), the work done (``activity``), the four
expectations (``expectations``) and the records, CSV and text tables of the CLI
(``output``).

May use: the shared modules only.
"""
