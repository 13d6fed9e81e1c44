"""Run the dashboard with uvicorn (the one module that imports it)."""
from __future__ import annotations


def run(db: str | None, host: str = "127.0.0.1", port: int = 8765, token: str | None = None,
        alerts: str | None = None) -> None:
    import uvicorn

    from crossings.web import create_app

    uvicorn.run(create_app(db, token, alerts=alerts), host=host, port=port, log_level="warning", server_header=False)
