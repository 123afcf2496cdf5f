"""Sync with the centre: push the outbox, pull what the centre owns, and set the centre up.

Owns: one sync run (``push_pull``), running it in a child process (``process``), where the
centre is (``settings``, password in the keyring) and the centre's administration: schema,
roles and logins (``central_admin``). The wire exchange itself is ``storage.central``.

May use: ``users`` and the shared modules (``workspace`` opens the desk in the child).
"""
