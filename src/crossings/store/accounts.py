"""The accounts table: analysts' names, roles and token hashes (crossings.accounts decides what
they mean; this is only their SQL)."""
from __future__ import annotations

from sqlalchemy import delete, select

from crossings.store.db import Store
from crossings.store.models import AccountRow


def add_account(store: Store, name: str, role: str, token_hash: str) -> bool:
    """Store a new account; False when the name is taken."""
    with store.session(write=True) as s:
        if s.get(AccountRow, name) is not None:
            return False
        s.add(AccountRow(name=name, role=role, token_hash=token_hash))
    return True


def remove_account(store: Store, name: str) -> bool:
    with store.session(write=True) as s:
        return s.execute(delete(AccountRow).where(AccountRow.name == name)).rowcount > 0


def accounts(store: Store) -> list[tuple[str, str, str]]:
    """(name, role, created_at ISO) of every account, by name."""
    with store.session() as s:
        rows = s.execute(select(AccountRow.name, AccountRow.role, AccountRow.created_at).order_by(AccountRow.name))
        return [(n, r, at.isoformat()) for n, r, at in rows]


def account_by_hash(store: Store, token_hash: str) -> tuple[str, str, str] | None:
    """(name, role, stored hash) of the account whose token hashes to `token_hash`."""
    with store.session() as s:
        row = s.execute(select(AccountRow.name, AccountRow.role, AccountRow.token_hash)
                        .where(AccountRow.token_hash == token_hash)).first()
        return tuple(row) if row else None
