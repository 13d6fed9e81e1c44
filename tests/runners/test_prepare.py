"""A page's mapped work (prepare.py): clean, sign and extract a chunk, each page reported on its own."""
from crossings.clean.dedup import NUM_PERM
from crossings.document import RawPage
from crossings.prepare import prepare_pages
from crossings.runners import LocalRunner

DEFECTION = ("Envoy flees\n\nA North Korean diplomat posted in Lisbon defected to South Korea last month, "
             "the unification ministry confirmed on Friday.")
FERRY = "<html><head><title>Harbour news</title></head><body><article><h1>Harbour news</h1><p>The harbour " \
        "council approved a new ferry timetable on Tuesday after a long debate.</p></article></body></html>"


def _chunk():
    return [RawPage(source="a", id="a", lang="en", content=DEFECTION),
            RawPage(source="empty", id="e", content="   \n  "),
            RawPage(source="b", id="b", lang="en", content=FERRY, kind="html")]


def test_each_page_of_a_chunk_comes_back_in_order_with_its_own_outcome():
    a, empty, b = prepare_pages(_chunk())
    assert [p.source for p in (a, empty, b)] == ["a", "empty", "b"]
    assert empty.doc is None and "no article text" in empty.error
    assert [m.type for m in a.mentions] == ["defection"] and a.problem is None
    assert b.doc.title == "Harbour news" and b.mentions == []
    assert len(a.signature) == NUM_PERM and a.signature != b.signature


def test_without_extraction_pages_are_cleaned_and_signed_only():
    a, _, b = prepare_pages(_chunk(), extract=False)
    assert a.mentions is None and b.mentions is None and len(b.signature) == NUM_PERM


def test_a_runner_maps_chunks_to_the_same_outcomes_as_a_direct_call():
    direct = [p.doc.to_dict() for p in prepare_pages(_chunk()) if p.doc]
    mapped = [p.doc.to_dict() for chunk in LocalRunner().map(prepare_pages, [_chunk()[:2], _chunk()[2:]])
              for p in chunk if p.doc]
    assert mapped == direct
