from tests.pgserver import pg_server, pg_url, store_url  # noqa: F401  fixtures
