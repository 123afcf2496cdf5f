"""Who works at this desk: the current user, roles and permission checks, user admin.

Owns: the current user and the role checks every feature uses (``access``), the
supervisor's user administration (``admin``) and setting up a desk from the command line
(``desk``: the first supervisor, finding, switching to and deactivating users), and
signing in: passwords, the delay after failed tries, sign-in and lock audit (``sign_in``).

May use: the shared modules only.
"""
