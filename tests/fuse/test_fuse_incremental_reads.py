"""Incremental fusion reads what its batch touches (issue 11): the stored mentions, edges, events
and orderings it reads for a batch do not grow with stored mentions the batch cannot reach."""
from crossings import api
from crossings.document import DateInfo, Document
from crossings.fuse.incremental import fuse_pending
from crossings.store import Store, fusion_state
from tests.fuse.conftest import make_mention
from tests.fuse.test_fuse_incremental import records

COUNTRIES = ["CN", "RU", "MY", "NP", "AT", "VN", "TH", "MN"]


class Counting:
    """A Source that counts the rows each of its reads returns."""

    def __init__(self, source):
        self.source = source
        self.rows: dict[str, int] = {}

    def __getattr__(self, name):
        read = getattr(self.source, name)

        def counted(*args):
            out = read(*args)
            self.rows[name] = self.rows.get(name, 0) + (len(out) if hasattr(out, "__len__") else 1)
            return out
        return counted


def happening(n: int) -> dict[str, list]:
    """n reports of one defection in Poland, one document each."""
    return {f"kim{i}": [make_mention(f"kim{i}", name="Kim Chol-ung", country="PL", date="2019-03", at=10 * i)]
            for i in range(n)}


def unrelated(n: int) -> dict[str, list]:
    """n reports of other people, in other countries and years, in look-alike pairs (so the store
    holds edges and events of several reports the batch could read but must not)."""
    return {f"other{i}": [make_mention(f"other{i}", name=f"Ri Chol-{chr(97 + i // 2 % 26)}{chr(97 + i // 52)}",
                                       country=COUNTRIES[i // 2 % len(COUNTRIES)], date=f"{1995 + i // 2 % 10}-05")]
            for i in range(n)}


def put(store: Store, by_doc: dict[str, list]) -> None:
    store.insert_batch([(Document(id=d, text="x", raw="", published=DateInfo("2019-04-01", "day")), None)
                        for d in sorted(by_doc)], by_doc)


def batch_reads(tmp_path, name: str, stored: dict[str, list]) -> tuple[dict[str, int], int]:
    """Rows read and mentions taken in to fuse one new report of the happening against `stored`."""
    store = Store(f"sqlite:///{tmp_path / name}.db")
    put(store, stored)
    api._fuse_all(store)
    put(store, {"kim-new": [make_mention("kim-new", name="Kim Chol-ung", country="PL", date="2019-03", at=7)]})
    with fusion_state.reading(store) as source:
        counting = Counting(source)
        update = fuse_pending(counting)
    fusion_state.apply_update(store, update)
    full = Store(f"sqlite:///{tmp_path / name}-full.db")
    put(full, stored | {"kim-new": [make_mention("kim-new", name="Kim Chol-ung", country="PL", date="2019-03", at=7)]})
    api._fuse_all(full)
    assert records(store) == records(full)
    return counting.rows, update.loaded


def test_a_batch_reads_no_more_for_unrelated_stored_mentions(tmp_path):
    alone, loaded_alone = batch_reads(tmp_path, "alone", happening(6))
    crowded, loaded_crowded = batch_reads(tmp_path, "crowded", happening(6) | unrelated(240))
    assert loaded_alone == loaded_crowded == 7  # the happening's six stored reports and the new one
    for read in ("mentions", "edges_of", "edges_within", "event_members", "events_of", "doc_links"):
        assert crowded.get(read, 0) == alone.get(read, 0), read
