"""One settings object: each option has the same name as a keyword, a CLI flag and an env var
(CROSSINGS_<NAME>)."""
from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path

from crossings.errors import CrossingsError


@dataclass(frozen=True)
class Settings:
    db: str | None = None
    max_bytes: int = 20_000_000  # larger inputs are refused, not truncated
    fetch_timeout: float = 20.0
    time_budget: float = 60.0  # seconds to read, clean or extract one input; 0: no budget
    allow_private: bool = False
    user_agent: str = "Crossings/0.1 (+https://example.invalid/crossings)"
    extract: bool = True
    runner: str = "local"  # local, or dask (a LocalCluster on 127.0.0.1 unless scheduler is set)
    scheduler: str | None = None  # address of an existing Dask scheduler
    workers: int = 2

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        values = {}
        for f in fields(cls):
            env = os.environ.get(f"CROSSINGS_{f.name.upper()}")
            if env is not None:
                values[f.name] = _coerce(env, f.type)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


def _coerce(value: str, kind) -> object:
    kind = str(kind)
    if "bool" in kind:
        return value.lower() in ("1", "true", "yes", "on")
    if "int" in kind:
        return int(value)
    if "float" in kind:
        return float(value)
    return value


def read_token(path: str | os.PathLike | None = None) -> str | None:
    """The review token: the first line of `path`, else $CROSSINGS_TOKEN, else None (read-only)."""
    if path is None:
        return os.environ.get("CROSSINGS_TOKEN") or None
    try:
        token = Path(path).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise CrossingsError(f"{path}: cannot read the token file: {exc}") from exc
    if not token or "\n" in token:
        raise CrossingsError(f"{path}: the token file must hold one non-empty line")
    return token
