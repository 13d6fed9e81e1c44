"""Tables. Plain data (documents, mentions, events) is kept whole as JSON beside the columns
that queries filter on, so the stages never depend on the schema's shape."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    source: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(300))
    lang: Mapped[str | None] = mapped_column(String(16), index=True)
    published: Mapped[str | None] = mapped_column(String(32), index=True)
    captured: Mapped[str | None] = mapped_column(String(32))
    duplicate_of: Mapped[str | None] = mapped_column(String(200), index=True)
    raw: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    data: Mapped[dict] = mapped_column(JSON)  # Document.to_dict() without raw/text
    minhash: Mapped[list | None] = mapped_column(JSON)
    # True once extraction ran on it (zero mentions is a result too): a rerun after a kill
    # extracts exactly the documents that lack it.
    extracted: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0", index=True)
    ingested_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.utcnow)


class MentionRow(Base):
    __tablename__ = "mentions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    doc_id: Mapped[str] = mapped_column(
        String(200), ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    type: Mapped[str] = mapped_column(String(40), index=True)
    data: Mapped[dict] = mapped_column(JSON)
    # mentions.fused (migration 0012), true once fusion placed the mention in an event, is left out
    # of the mapping on purpose: every write of a mention names only these columns, so a new or
    # re-extracted mention always starts unfused (its server default), whatever code stored it.
    # crossings.store.fusion_state reads and sets it.


class EventRow(Base):
    __tablename__ = "events"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    type: Mapped[str] = mapped_column(String(40), index=True)
    status: Mapped[str | None] = mapped_column(String(20), index=True)
    year: Mapped[int | None] = mapped_column(Integer, index=True)
    country: Mapped[str | None] = mapped_column(String(8), index=True)
    reported: Mapped[str | None] = mapped_column(String(32))
    search_text: Mapped[str] = mapped_column(Text, default="")
    roles: Mapped[str] = mapped_column(String(300), default="")  # "|diplomat|family_member|"
    date: Mapped[str | None] = mapped_column(String(32), index=True)  # When.value, for sorting and quarters
    city: Mapped[str | None] = mapped_column(String(200))  # origin city, for the map
    destination: Mapped[str | None] = mapped_column(String(40))
    data: Mapped[dict] = mapped_column(JSON)


class EventMentionRow(Base):
    """Which event each mention belongs to: analyst decisions find their events again by mention
    after fusion reruns and event ids change."""

    __tablename__ = "event_mentions"

    mention_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(64), index=True)


class DecisionRow(Base):
    """An analyst's decision, applied over the machine's output on every read."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    action: Mapped[str] = mapped_column(String(40))  # confirm / reject / edit / merge / split
    target: Mapped[str] = mapped_column(String(200), index=True)  # event id (or mention id)
    anchor: Mapped[list] = mapped_column(JSON)  # mention ids of the target, to survive re-fusion
    payload: Mapped[dict] = mapped_column(JSON)
    # each named mention's document, type and evidence (crossings.anchors), to survive id changes
    facts: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    who: Mapped[str] = mapped_column(String(200))
    why: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(DateTime, default=datetime.utcnow)


FUSION_STATE_KEY = "fusion_state"  # store_meta: the fusion code and weights the fusion tables come from


class StoreMetaRow(Base):
    """Facts about the store itself: "mention_id_scheme" is crossings.anchors.id_scheme() as of the
    last time the stored mention ids were (re)computed."""

    __tablename__ = "store_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class NearDupBandRow(Base):
    """The near-duplicate index: each canonical document under each of its MinHash band keys
    (crossings.clean.bands). An ingest probes the keys of a batch; nothing is held in memory."""

    __tablename__ = "neardup_bands"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(200), primary_key=True)


class NearDupBandCountRow(Base):
    """How many canonical documents are filed under each band key: the probe leaves out a page's
    most common keys (it needs no count to be right, only to be quick; a count a concurrent
    writer leaves a little off costs time, never a duplicate)."""

    __tablename__ = "neardup_band_counts"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


Index("ix_events_type_year", EventRow.type, EventRow.year)
Index("ix_events_reported", EventRow.reported)
Index("ix_events_type_date", EventRow.type, EventRow.date)


class EventFacetRow(Base):
    """The columns the dashboard filters and sorts on, one narrow row per event (no JSON), kept
    beside `events` by Store.replace_events: scans, counts and lookups over 100k of these are cheap,
    where the same over the wide JSON rows of `events` is not."""

    __tablename__ = "event_facets"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    type: Mapped[str] = mapped_column(String(40))
    status: Mapped[str | None] = mapped_column(String(20))
    year: Mapped[int | None] = mapped_column(Integer)
    country: Mapped[str | None] = mapped_column(String(8))
    city: Mapped[str | None] = mapped_column(String(200))
    destination: Mapped[str | None] = mapped_column(String(40))
    date: Mapped[str | None] = mapped_column(String(32))
    reported: Mapped[str | None] = mapped_column(String(32))
    roles: Mapped[str] = mapped_column(String(300), default="")
    search_text: Mapped[str] = mapped_column(Text, default="")


FACET_COLUMNS = ("type", "status", "year", "country", "city", "destination", "date", "reported", "roles",
                 "search_text")
# (filter, sort column, id): a filtered page walks one of these in order, no sort step
for _name in ("reported", "country"):
    Index(f"ix_event_facets_{_name}_id", getattr(EventFacetRow, _name), EventFacetRow.id)
# newest first is the default page: its index covers every filter column, so no row lookups
Index("ix_event_facets_date_cover", EventFacetRow.date, EventFacetRow.id, EventFacetRow.search_text,
      EventFacetRow.roles, EventFacetRow.type, EventFacetRow.status, EventFacetRow.year,
      EventFacetRow.country, EventFacetRow.reported)
for _name in ("type", "status", "country", "year"):
    Index(f"ix_event_facets_{_name}_date_id", getattr(EventFacetRow, _name), EventFacetRow.date, EventFacetRow.id)
Index("ix_event_facets_type_year", EventFacetRow.type, EventFacetRow.year)
for _name in ("country", "reported", "status"):  # type is the usual filter: its own order per sort column
    Index(f"ix_event_facets_type_{_name}_id", EventFacetRow.type, getattr(EventFacetRow, _name), EventFacetRow.id)
Index("ix_event_facets_search", EventFacetRow.search_text)  # narrow scans for substring counts
Index("ix_event_facets_roles", EventFacetRow.roles)


class EventOutletRow(Base):
    """Each event under the outlet and host of each of its reports' documents (crossings.facets.
    document_outlets), kept
    beside `events` by Store.replace_events: the outlet filter and its list of valid outlets are
    lookups in this key order, where outlets inside a facet column would need a scan."""

    __tablename__ = "event_outlets"

    outlet: Mapped[str] = mapped_column(String(300), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(64), primary_key=True)


class EventPersonRow(Base):
    """Each event under each person id it names (Event.people), kept by Store.replace_events: a
    person's page finds their events by this key, not by scanning every record."""

    __tablename__ = "event_people"

    person_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(64), primary_key=True)


class AccountRow(Base):
    """An analyst who may review: the token is never stored, only its SHA-256 (the token is 256
    random bits, so a plain hash cannot be reversed by guessing; crossings.accounts)."""

    __tablename__ = "accounts"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    role: Mapped[str] = mapped_column(String(20))  # reviewer / admin
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.utcnow)


class WatchSourceRow(Base):
    """A feed or page `crossings watch` polls: the validators its last answer carried."""

    __tablename__ = "watch_sources"

    url: Mapped[str] = mapped_column(String(2000), primary_key=True)
    etag: Mapped[str | None] = mapped_column(String(500))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    polled_at: Mapped[datetime | None] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(Text, default="")  # the last poll's outcome, for the status line


class WatchItemRow(Base):
    """An item (feed entry, page version) already stored: key = sha256 of source and item id."""

    __tablename__ = "watch_items"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    source: Mapped[str] = mapped_column(String(2000), index=True)
    seen_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.utcnow)


class AlertSentRow(Base):
    """A webhook already sent for one rule and one event or wave: key = sha256 of both."""

    __tablename__ = "alerts_sent"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    rule: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime, default=datetime.utcnow)


# incremental fusion's state (crossings.fuse.incremental), written by every fusion -------------------
class FusionOrderRow(Base):
    """Each fused mention in each of its blocks' orderings (blocking.block_keys, a document's own
    block aside, and its type family): `okey` is a hash of the block, `tsort` and `dsort` its place
    in the block by time and by what it describes, as bytes that sort as blocking sorts. A new
    mention's neighbours in a block are an indexed range read away."""

    __tablename__ = "fusion_order"

    okey: Mapped[str] = mapped_column(String(32), primary_key=True)
    mention_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    tsort: Mapped[bytes] = mapped_column(LargeBinary)
    dsort: Mapped[bytes] = mapped_column(LargeBinary)
    flags: Mapped[int] = mapped_column(Integer, default=0)  # 1: undated, 2: sparse (blocking.is_sparse)


Index("ix_fusion_order_t", FusionOrderRow.okey, FusionOrderRow.tsort)
Index("ix_fusion_order_d", FusionOrderRow.okey, FusionOrderRow.dsort)


class FusionEdgeRow(Base):
    """A candidate pair of fused mentions that scored high enough to merge (a < b), with its score
    and whether clustering merged along it: what replaying a stored cluster's history needs."""

    __tablename__ = "fusion_edges"

    a: Mapped[str] = mapped_column(String(64), primary_key=True)
    b: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)
    score: Mapped[float] = mapped_column(Float)  # similarity.score: its place in clustering's order
    merged: Mapped[bool] = mapped_column(Boolean, default=False)  # clustering merged two clusters along it


class FusionFoldRow(Base):
    """A mention that clustering left alone and folded into its document's event (cluster.leftovers)."""

    __tablename__ = "fusion_folds"

    mention_id: Mapped[str] = mapped_column(String(64), primary_key=True)


class FusionSpellingRow(Base):
    """How many times fused mentions' subjects spell each name key each way (people.People counts
    them): a person's name and spellings, without reading every mention that names them."""

    __tablename__ = "fusion_spellings"

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    spelling: Mapped[str] = mapped_column(Text, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class FusionPersonRow(Base):
    """Each name key with the root of its person (people.People: the smallest key of its group)."""

    __tablename__ = "fusion_people"

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    root: Mapped[str] = mapped_column(Text, index=True)
