"""The command line: the same services as the app, from a terminal, never a window or a prompt.

``recovery-desk SUB-COMMAND`` (see ``recovery_desk/__main__.py``) lands in :mod:`.main`,
which builds the parser from the command groups and runs the chosen handler. Every
sub-command takes ``--data-dir`` and logs to the data folder's log file; a failure prints one
line on stderr and returns a non-zero exit code (1: bad input or refused; 2: nothing could be
done; 3: storage; 4: unexpected, the traceback in the log only; 141: output cut short).

How the modules split:

- ``main``: the parser (one ``register`` per group, in help order) and :func:`main.main`,
  the one top-level handler (no traceback reaches the terminal; a closed pipe is quiet).
- ``parser``: the parser class every group gets (defaults in the help, descriptions);
  ``app_options``: the app's own options, listed by the top-level help too.
- ``common``: what every group shares: ``CliError`` and the exit codes, ``--data-dir``,
  the workspace opener, the one current-user check (``current_user``), the one progress
  driver (``drive``) and date parsing.
- One module per command group: ``users`` (``user``), ``demo``, ``imports`` (``import``), ``cycles``
  (``cycle``), ``reports`` (``report``), ``exports`` (``export``), ``catalogue``,
  ``care`` (``care`` and ``followups``), ``sync`` (``sync`` and ``central``).

Group modules import ``common`` (``exports`` also the report filters of ``reports``), never
``main`` nor each other otherwise. Feature services are imported inside the handlers, so
``--help`` stays fast. Messages of storage and sync failures come from ``services.errors``, the
table the app uses too.
"""
