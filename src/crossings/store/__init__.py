"""The one place that knows SQL: SQLite by default, PostgreSQL by URL (SQLAlchemy 2)."""
from crossings.store.db import Store, default_db_url

__all__ = ["Store", "default_db_url"]
