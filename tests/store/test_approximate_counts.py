"""Subject.approximate (an extractor's fact that a head count is a rounder's figure) survives the
store, and mention rows written before the flag existed read back as exact counts."""
from crossings.document import DateInfo, Document
from crossings.events import Evidence, Mention, Subject
from crossings.store import Store
from crossings.store.models import MentionRow


def _doc(doc_id: str) -> Document:
    text = "Some ten villagers fled."
    return Document(id=doc_id, text=text, raw=text, content_hash=doc_id + "h",
                    published=DateInfo("2031-03-02", "day", "byline"))


def _mention(doc: str, approximate: bool) -> Mention:
    return Mention(doc=doc, type="defection", evidence=[Evidence("type", 19, 23, "fled")],
                   subjects=[Subject(descriptor="Some ten villagers", role="civilian", count=10, approximate=approximate)])


def test_the_flag_survives_the_store(store_url):
    store = Store(store_url)
    store.add_batch([(_doc("a"), None), (_doc("b"), None)], {"a": [_mention("a", True)], "b": [_mention("b", False)]})
    flags = {m.doc: m.subjects[0].approximate for m in store.mentions()}
    assert flags == {"a": True, "b": False}


def test_rows_stored_before_the_flag_read_as_exact(store_url):
    store = Store(store_url)
    store.add_batch([(_doc("a"), None)], {"a": [_mention("a", True)]})
    with store.session(write=True) as s:
        row = s.get(MentionRow, _mention("a", True).id)
        data = dict(row.data)
        data["subjects"] = [{k: v for k, v in sub.items() if k != "approximate"} for sub in data["subjects"]]
        row.data = data
    [m] = store.mentions()
    assert m.subjects[0].approximate is False
