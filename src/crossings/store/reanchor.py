"""Re-anchoring: when the code computes mention ids differently from the code that stored them,
every stored mention id is recomputed, and the rows that name mentions (event_mentions, and the
anchors of analysts' decisions) are renamed to match, in one transaction on open.

Whether ids changed is told by crossings.anchors.id_scheme(), kept in store_meta: nobody has to
remember to bump a version. A store from before store_meta existed is checked row by row.
Decisions also keep each mention's facts (document, evidence), which review.py falls back on when
a mention is gone altogether (re-extraction read the page differently).
"""
from __future__ import annotations

from sqlalchemy import delete, select, update
from sqlalchemy.engine import Connection, Engine

from crossings.anchors import id_scheme
from crossings.events import Mention
from crossings.store.models import FUSION_STATE_KEY, DecisionRow, EventMentionRow, MentionRow, StoreMetaRow

SCHEME_KEY = "mention_id_scheme"


def reanchor(engine: Engine) -> dict[str, str]:
    """Bring stored ids to the current scheme; returns old id -> new id for every mention renamed."""
    scheme = id_scheme()
    with engine.begin() as conn:
        if conn.scalar(select(StoreMetaRow.value).where(StoreMetaRow.key == SCHEME_KEY)) == scheme:
            return {}
        renamed = _rename_mentions(conn)
        if renamed:
            _rename_event_mentions(conn, renamed)
            _rename_decision_anchors(conn, renamed)
            # fusion's state names the old ids: the next fusion is a full one
            conn.execute(delete(StoreMetaRow).where(StoreMetaRow.key == FUSION_STATE_KEY))
        conn.execute(delete(StoreMetaRow).where(StoreMetaRow.key == SCHEME_KEY))
        conn.execute(StoreMetaRow.__table__.insert().values(key=SCHEME_KEY, value=scheme))
    return renamed


def _rename_mentions(conn: Connection) -> dict[str, str]:
    rows = conn.execute(select(MentionRow.id, MentionRow.data)).all()
    changed = []
    for old, data in rows:
        new = Mention.from_dict(data).id
        if new != old:
            changed.append((old, new, {**data, "id": new}))
    taken = {old for old, _ in rows} - {old for old, _, _ in changed}
    for old, new, data in changed:
        if new in taken:  # two stored mentions are one under the new scheme: keep the first
            conn.execute(delete(MentionRow).where(MentionRow.id == old))
        else:
            conn.execute(update(MentionRow).where(MentionRow.id == old).values(id=new, data=data))
            taken.add(new)
    return {old: new for old, new, _ in changed}


def _rename_event_mentions(conn: Connection, renamed: dict[str, str]) -> None:
    rows = conn.execute(select(EventMentionRow.mention_id, EventMentionRow.event_id)).all()
    taken = {m for m, _ in rows if m not in renamed}
    for old, _event in rows:
        if old not in renamed:
            continue
        new = renamed[old]
        if new in taken:
            conn.execute(delete(EventMentionRow).where(EventMentionRow.mention_id == old))
        else:
            conn.execute(update(EventMentionRow).where(EventMentionRow.mention_id == old).values(mention_id=new))
            taken.add(new)


def _rename_decision_anchors(conn: Connection, renamed: dict[str, str]) -> None:
    def now(ids):
        return [renamed.get(i, i) for i in ids or []]

    rows = conn.execute(select(DecisionRow.id, DecisionRow.anchor, DecisionRow.payload, DecisionRow.facts)).all()
    for decision_id, anchor, payload, facts in rows:
        payload = dict(payload or {})
        if payload.get("other_anchor"):
            payload["other_anchor"] = now(payload["other_anchor"])
        if payload.get("mention"):
            payload["mention"] = renamed.get(payload["mention"], payload["mention"])
        if facts and facts.get("mentions"):
            facts = {**facts, "mentions": {renamed.get(i, i): fp for i, fp in facts["mentions"].items()}}
        conn.execute(update(DecisionRow).where(DecisionRow.id == decision_id)
                     .values(anchor=now(anchor), payload=payload, facts=facts))
