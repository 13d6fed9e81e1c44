"""Analysts as people: each account has a name, a role and its own token.

A token is 256 random bits, printed once when the account is made; the store keeps only its
SHA-256 (a hash of so much randomness cannot be reversed by guessing, so no slow hash is needed)
and compares hashes in constant time. Roles: a reviewer decides and undoes their own decisions;
an admin may also undo anyone's.

The CLI and the library write to the store directly and so authenticate no one: a decision they
record names an account when `who` is one, else a local-operator label "local:NAME" (default
"local:<login name>"), never a bare typed name. The server's single token (CROSSINGS_TOKEN or
`serve --token-file`) signs in as the admin account SERVER_ACCOUNT.
"""
from __future__ import annotations

import getpass
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

from crossings.errors import CrossingsError
from crossings.store import Store
from crossings.store import accounts as rows

ROLES = ("reviewer", "admin")
SERVER_ACCOUNT = "server-token"  # the account CROSSINGS_TOKEN signs in as
LOCAL = "local:"
NAME = re.compile(r"^[\w.-]{1,60}$")  # letters of any script, digits, . _ -; no ":" (local labels)


class AccountError(CrossingsError):
    """An account that cannot be made, found or used."""


@dataclass(frozen=True)
class Account:
    name: str
    role: str
    created: str = ""

    @property
    def admin(self) -> bool:
        return self.role == "admin"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add(store: Store, name: str, role: str = "reviewer") -> tuple[Account, str]:
    """Make an account; returns it with its token (shown once: only its hash is stored)."""
    if not NAME.match(name or "") or name == SERVER_ACCOUNT:
        raise AccountError(f"account name {name!r}: 1-60 letters, digits, '.', '_' or '-', "
                           f"and not {SERVER_ACCOUNT!r}")
    if role not in ROLES:
        raise AccountError(f"unknown role {role!r}: choose {' or '.join(ROLES)}")
    token = secrets.token_urlsafe(32)
    if not rows.add_account(store, name, role, token_hash(token)):
        raise AccountError(f"there is already an account {name!r}")
    return Account(name, role), token


def remove(store: Store, name: str) -> None:
    if not rows.remove_account(store, name):
        raise AccountError(f"no account {name!r}")


def listed(store: Store) -> list[Account]:
    return [Account(n, r, at) for n, r, at in rows.accounts(store)]


def authenticate(store: Store, token: str | None) -> Account | None:
    """The account whose token this is, or None."""
    if not token:
        return None
    wanted = token_hash(token)
    found = rows.account_by_hash(store, wanted)
    if found is None or not hmac.compare_digest(found[2].encode(), wanted.encode()):
        return None
    return Account(found[0], found[1])


def find(store: Store, name: str) -> Account | None:
    return next((a for a in listed(store) if a.name == name), None)


def recorded_as(store: Store, who: str | None) -> str:
    """What the audit log records for a decision taken as `who` (see the module's docstring)."""
    who = (who or "").strip()
    if who == SERVER_ACCOUNT or who.startswith(LOCAL) and len(who) > len(LOCAL):
        return who[:200]
    if who and find(store, who) is not None:
        return who
    return LOCAL + (who or _login())[:190]


def may_undo(store: Store, who: str, author: str) -> bool:
    """A reviewer undoes their own decisions; an admin, the server token and local operators any."""
    account = find(store, who)
    return account is None or account.admin or who == author


def _login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in a bare container
        return "operator"
