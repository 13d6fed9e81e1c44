import pytest

from crossings.store import Store
from tests.web import web_sample as sample


@pytest.fixture
def store(db_url):
    s = Store(db_url)
    sample.build(s)
    return s
