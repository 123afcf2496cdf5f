"""Who works at this desk: the current user, roles and permission checks, user admin.

Owns: the current user and the role checks every feature uses (``access``) and the
supervisor's user administration (``admin``).

May use: the shared modules only.
"""
