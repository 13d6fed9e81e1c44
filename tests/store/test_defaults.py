from crossings.store import db as store_db
from crossings.store import default_db_url


def test_crossings_db_env_names_the_store(monkeypatch):
    monkeypatch.setenv("CROSSINGS_DB", "postgresql://u@127.0.0.1/x")
    assert default_db_url() == "postgresql://u@127.0.0.1/x"


def test_default_store_is_sqlite_in_the_user_data_dir(monkeypatch, tmp_path):
    monkeypatch.delenv("CROSSINGS_DB", raising=False)
    monkeypatch.setattr(store_db, "user_data_dir", lambda app: str(tmp_path / app))
    assert default_db_url() == f"sqlite:///{tmp_path / 'crossings' / 'crossings.db'}"
    assert (tmp_path / "crossings").is_dir()
