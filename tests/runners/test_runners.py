from crossings.clean import clean_page
from crossings.document import RawPage
from crossings.runners import LocalRunner, make_runner


def _pages(n):
    return [RawPage(source=f"p{i}", id=f"p{i}", content=f"Headline {i}\n\nBody sentence number {i}.")
            for i in range(n)]


def test_local_runner_keeps_order():
    out = list(LocalRunner().map(lambda x: x * 2, range(5)))
    assert out == [0, 2, 4, 6, 8]


def test_dask_runner_matches_local_on_clean_stage():
    pages = _pages(150)
    local = [d.to_dict() for d in LocalRunner().map(clean_page, pages)]
    runner = make_runner("dask", workers=1)
    try:
        remote = [d.to_dict() for d in runner.map(clean_page, pages)]
        assert runner.client.scheduler_info()["address"].startswith("tcp://127.0.0.1:")
    finally:
        runner.close()
    assert remote == local


def _write_articles(folder):
    texts = {
        "a.txt": "Envoy flees\n\nA North Korean diplomat posted in Lisbon defected to South Korea "
                 "last month, the unification ministry confirmed on Friday.",
        "b.txt": "Harbour news\n\nThe harbour council approved a new ferry timetable on Tuesday.",
    }
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")


def test_ingest_on_dask_gives_the_same_events_as_local(tmp_path):
    from crossings import api
    from crossings.settings import Settings

    _write_articles(tmp_path)
    results = {}
    for kind in ("local", "dask"):
        db = f"sqlite:///{tmp_path / kind}.db"
        report = api.ingest([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], db=db,
                            settings=Settings(db=db, runner=kind, workers=1))
        assert report.ok, report.errors
        results[kind] = [e.to_dict() for e in api.events(db=db)]
    assert results["dask"] == results["local"]
    assert [e["type"] for e in results["local"]] == ["defection"]
