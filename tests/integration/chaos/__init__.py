"""The multi-desk chaos harness (issue 15): a faulty TCP proxy in front of the test
PostgreSQL (``proxy.py``), five desks doing a rescue cycle through it (``scenario.py``) and
the row-for-row checks after a fault-free sync (``checks.py``)."""
