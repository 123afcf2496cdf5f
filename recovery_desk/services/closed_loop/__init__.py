"""Closing the loop: reasons routed to the teams that fix them, coaching to front-line reps.

Owns: insights per responsible team with the customers' own words (``insights``) and
coaching notes to the rep who served a departed customer (``coaching``).

May use: ``users`` (role checks) and the shared modules.
"""
