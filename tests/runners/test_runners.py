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
