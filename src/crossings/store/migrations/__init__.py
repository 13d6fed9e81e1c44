"""Alembic migration scripts, shipped in the package and run programmatically on open."""
