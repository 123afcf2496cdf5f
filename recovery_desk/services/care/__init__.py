"""Intensive care for customers who came back: six-monthly reviews and health indicators.

Owns: the review list and outcomes (``reviews``), the review interval setting
(``support``), and importing health indicators from CSV (``health_import``).

May use: ``users`` (role checks) and the shared modules.
"""
