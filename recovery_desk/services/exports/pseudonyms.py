"""Pseudonyms of a pseudonymised export: keyed hashes, stable per installation.

The key is this installation's own secret (a setting made once): the same customer or
agent reads the same in every export from this desk, and nobody without the key can tell
who it is, even knowing every customer code and every agent.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy.orm import Session, sessionmaker

from recovery_desk.storage.queries import get_setting, set_setting

PSEUDONYM_KEY = "export_pseudonym_key"


def pseudonym_key(sessions: sessionmaker[Session]) -> bytes:
    """This installation's secret key for customer pseudonyms (generated once)."""
    with sessions.begin() as session:
        key = get_setting(session, PSEUDONYM_KEY)
        if not key:
            key = secrets.token_hex(32)
            set_setting(session, PSEUDONYM_KEY, key)
        return bytes.fromhex(str(key))


def pseudonym(key: bytes, reference: str) -> str:
    """A keyed hash of a customer reference: stable per installation, not reversible."""
    return "P-" + hmac.new(key, reference.encode("utf-8"), hashlib.sha256).hexdigest()[:20]


def agent_pseudonym(key: bytes, agent_key: str) -> str:
    """A keyed hash of an agent's id: the same agent reads the same in every export of
    this installation, and nobody can tell who it is without the key."""
    return "A-" + hmac.new(key, b"agent:" + agent_key.encode(), hashlib.sha256).hexdigest()[:10]


__all__ = ["PSEUDONYM_KEY", "agent_pseudonym", "pseudonym", "pseudonym_key"]
