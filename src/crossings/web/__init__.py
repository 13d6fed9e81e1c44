"""The analyst's dashboard: server-rendered pages, a JSON API and review actions (FastAPI).

Only this package knows HTTP; every route calls one crossings.api function and formats its result.
"""
from crossings.web.app import create_app

__all__ = ["create_app"]
