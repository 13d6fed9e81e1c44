"""Analyst decisions (confirm, reject, edit, merge, split) applied over the machine's events.

The machine's events are never changed in the store: fusion may rerun and replace them at any time.
Each decision is stored once (who, when, why) and replayed in order on every read. A decision names
its event by id *and* by the ids of the event's mentions (its anchor), so it finds the event again
after re-fusion gives it a new id; mention ids are content hashes and survive re-ingest. It also
keeps each mention's facts (document, evidence offsets and quotes: crossings.anchors): when ids are
computed differently the store renames stored anchors on open, and a mention that is gone is found
again by its facts among its document's current mentions.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from crossings import accounts
from crossings.anchors import content, facts_of, match
from crossings.edits import (ACTIONS, FIELD_VERDICTS, ReviewError, apply_edit, apply_verdict, check, check_against,
                             event_from_mention, get_field, merge_into, refresh_conflicts)
from crossings.facets import Facets, facets, matches
from crossings.events import Event
from crossings.store import Store

__all__ = ["ACTIONS", "Facets", "ReviewError", "Review", "Reviewed", "Overlay",
           "check", "current", "decide", "audit", "facets", "matches", "wanted"]


@dataclass
class Review:
    state: str = "unreviewed"
    edited: dict[str, int] = field(default_factory=dict)  # field -> id of the decision that set it
    accepted: dict[str, int] = field(default_factory=dict)  # field -> decision that accepted its value
    rejected_values: dict[str, int] = field(default_factory=dict)  # field -> decision that rejected it
    decisions: list[int] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)  # ids of events merged into this one
    split_from: str | None = None


class Reviewed:
    """An event as the analyst sees it: machine output with the decisions applied.

    An untouched machine event may be built from its stored record alone; it is parsed into an
    Event only when something asks (a page of the JSON API never does)."""

    def __init__(self, event: Event | None = None, review: Review | None = None, stored: dict | None = None):
        self._event = event
        self.review = review or Review()
        self.stored = stored  # the machine's record, when no decision touched it

    @property
    def event(self) -> Event:
        if self._event is None:
            self._event = Event.from_dict(self.stored)
        return self._event

    @property
    def id(self) -> str:
        return self.stored["id"] if self._event is None else self._event.id

    def to_dict(self) -> dict[str, Any]:
        record = self.stored if self.stored is not None else self.event.to_dict()
        return {**record, "review": asdict(self.review)}

    def __repr__(self) -> str:
        return f"Reviewed({self.id}, {self.review.state})"


class Overlay:
    """The decisions replayed over the few machine events they touch."""

    def __init__(self, store: Store, decisions: list[dict]):
        self.store = store
        self.events: dict[str, Reviewed] = {}  # reviewed versions of every touched event
        self.replaced: set[str] = set()  # machine ids the overlay stands in for (touched or merged away)
        self.redirect: dict[str, str] = {}  # merged-away id -> surviving id
        self.home: dict[str, str] = {}  # mention id -> overlay event id
        self.unresolved: list[int] = []  # decisions whose event no longer exists
        self.applied: dict[int, str] = {}  # decision id -> event it was applied to
        self.undone = undone(decisions)
        decisions = [d for d in decisions if d["action"] != "undo" and d["id"] not in self.undone]
        self._prefetch(decisions)
        for d in decisions:
            self._apply(d)

    @classmethod
    def load(cls, store: Store) -> "Overlay":
        return cls(store, store.decisions())

    # resolution ------------------------------------------------------------
    def _prefetch(self, decisions: list[dict]) -> None:
        """Few queries for all decisions: which machine event holds each anchor mention (found again
        by its facts when its id is gone), and those events; then, for a decision nothing of which
        is found, the one event with its recorded content (two queries each)."""
        mentions = {m for d in decisions for m in _anchors(d)}
        self._machine_home = self.store.events_of_mentions(mentions) if mentions else {}
        self._alias = self._found_by_facts(decisions, mentions - set(self._machine_home))
        if self._alias:
            self._machine_home.update(self.store.events_of_mentions(set(self._alias.values())))
        ids = set(self._machine_home.values()) | {d["target"] for d in decisions}
        ids |= {d["payload"].get("other") for d in decisions if d["payload"].get("other")}
        self._machine = self.store.events_by_id(ids) if ids else {}
        self._by_content = self._found_by_content(decisions)
        # their reports' outlets: merged and split events are made of these events' mentions
        self._outlets = self.store.outlets_of({m.doc for e in self._machine.values() for m in e.mentions})
        self._facets = {i: self.facets(e) for i, e in self._machine.items()}  # before decisions change them

    def _found_by_facts(self, decisions: list[dict], lost: set[str]) -> dict[str, str]:
        """Anchor mention id that no event holds -> id of the current mention its facts match."""
        facts = {i: fp for d in decisions for i, fp in (d.get("facts") or {}).get("mentions", {}).items()
                 if i in lost}
        if not facts:
            return {}
        by_doc: dict[str, list] = {}
        for m in self.store.mentions_of_docs({fp["doc"] for fp in facts.values()}):
            by_doc.setdefault(m.doc, []).append(m)
        found = {i: match(fp, by_doc.get(fp["doc"], [])) for i, fp in facts.items()}
        return {i: m.id for i, m in found.items() if m is not None}

    def _found_by_content(self, decisions: list[dict]) -> dict[int, str]:
        """Decision id -> the one machine event with its event's recorded content, for decisions
        none of whose mentions (by id or facts) nor target id is found any more."""
        found = {}
        for d in decisions:
            recorded = (d.get("facts") or {}).get("event")
            if not recorded or d["target"] in self._machine or any(
                    self._now(m) in self._machine_home for m in _anchors(d)):
                continue
            ids = self.store.event_ids_like(recorded["type"], recorded["date"], recorded["country"], recorded["city"])
            same = [e for e in self.store.events_by_id(ids).values() if content(e) == recorded]
            if len(same) == 1:  # ambiguous content names no event
                self._machine[same[0].id] = same[0]
                found[d["id"]] = same[0].id
        return found

    def _now(self, mention_id: str) -> str:
        return self._alias.get(mention_id, mention_id)

    def facets(self, ev: Event) -> Facets:
        """The event's facets, the outlets of its reports looked up (once per document)."""
        if missing := {m.doc for m in ev.mentions} - self._outlets.keys():
            self._outlets.update(self.store.outlets_of(missing))
            self._outlets.update({d: () for d in missing - self._outlets.keys()})
        return facets(ev, self._outlets)

    def matches(self, ev: Event, **filters) -> bool:
        """crossings.facets.matches; the outlets of the event's reports are looked up only when a
        filter asks for them (an event outside the overlay has had none looked up)."""
        return matches(self.facets(ev) if filters.get("outlet") else ev, **filters)

    def machine_facets(self, event_id: str) -> Facets | None:
        """What the store filters on for the machine's own version of a replaced event."""
        return self._facets.get(event_id)

    def resolve(self, target: str | None, anchor: list[str]) -> Reviewed | None:
        """The current event for a decision: most anchor mentions wins, then the id itself."""
        votes: Counter[str] = Counter()
        for m in map(self._now, anchor):
            if m in self.home:
                votes[self.home[m]] += 1
            elif m in self._machine_home:
                votes[self._follow(self._machine_home[m])] += 1
        for candidate, _ in votes.most_common():
            if found := self._take(candidate):
                return found
        return self._take(self._follow(target)) if target else None

    def _follow(self, event_id: str) -> str:
        while event_id in self.redirect:
            event_id = self.redirect[event_id]
        return event_id

    def _take(self, event_id: str) -> Reviewed | None:
        if event_id in self.events:
            return self.events[event_id]
        if event_id in self.replaced or event_id not in self._machine:
            return None
        return self._adopt(Reviewed(self._machine[event_id]))  # loaded for this overlay alone

    def _adopt(self, rv: Reviewed) -> Reviewed:
        self.events[rv.id] = rv
        self.replaced.add(rv.id)
        self.home.update({m.id: rv.id for m in rv.event.mentions})
        return rv

    # actions ---------------------------------------------------------------
    def _apply(self, d: dict) -> None:
        payload = d["payload"]
        if d["action"] == "split":
            rv = self.resolve(None, [payload["mention"]])
        else:
            rv = self.resolve(d["target"], d["anchor"])
        if rv is None and d["id"] in self._by_content:
            rv = self._take(self._follow(self._by_content[d["id"]]))
        action = getattr(self, "_" + d["action"], None)
        if rv is None or action is None:  # its event is gone, or a decision this code cannot replay
            self.unresolved.append(d["id"])
            return
        try:
            action(rv, d)
        except (KeyError, IndexError, TypeError, ValueError):  # stored by a version this code cannot read
            self.unresolved.append(d["id"])
            return
        rv.review.decisions.append(d["id"])
        self.applied[d["id"]] = rv.id

    def now(self, decision_id: int) -> str | None:
        """The event a decision applies to after every later merge."""
        applied = self.applied.get(decision_id)
        return self._follow(applied) if applied else None

    def _confirm(self, rv: Reviewed, d: dict) -> None:
        rv.review.state = "confirmed"

    def _reject(self, rv: Reviewed, d: dict) -> None:
        rv.review.state = "rejected"

    def _edit(self, rv: Reviewed, d: dict) -> None:
        apply_edit(rv.event, d["payload"])
        rv.review.edited[d["payload"]["field"]] = d["id"]

    def _accept_value(self, rv: Reviewed, d: dict) -> None:
        rv.review.accepted[d["payload"]["field"]] = d["id"]

    def _reject_value(self, rv: Reviewed, d: dict) -> None:
        apply_verdict(rv.event, d["payload"], "reject_value")
        rv.review.rejected_values[d["payload"]["field"]] = d["id"]

    def _merge(self, rv: Reviewed, d: dict) -> None:
        other = self.resolve(d["payload"]["other"], d["payload"].get("other_anchor") or [])
        if other is None:
            self.unresolved.append(d["id"])
        if other is None or other is rv:
            return
        merge_into(rv.event, other.event)
        rv.review.merged += [other.id, *other.review.merged]
        rv.review.decisions += other.review.decisions
        del self.events[other.id]
        self.redirect[other.id] = rv.id
        self.home.update({m.id: rv.id for m in other.event.mentions})

    def _split(self, rv: Reviewed, d: dict) -> None:
        mention_id = self._now(d["payload"]["mention"])
        mention = next((m for m in rv.event.mentions if m.id == mention_id), None)
        if len(rv.event.mentions) < 2 or mention is None:
            return  # nothing to split from
        rv.event.mentions = [m for m in rv.event.mentions if m.id != mention_id]
        refresh_conflicts(rv.event)
        alone = event_from_mention(mention, rv.event.reported)
        self._adopt(Reviewed(alone, Review(split_from=rv.id)))

    # reading ---------------------------------------------------------------
    def visible(self, review: str | None = None) -> list[Reviewed]:
        """Touched events in the review state asked for (default: all but rejected)."""
        return [rv for rv in self.events.values() if wanted(rv, review)]


def wanted(rv: Reviewed, review: str | None) -> bool:
    if review in (None, ""):
        return rv.review.state != "rejected"
    return review == "all" or rv.review.state == review


def _anchors(d: dict) -> list[str]:
    extra = d["payload"].get("other_anchor") or []
    mention = [d["payload"]["mention"]] if d["payload"].get("mention") else []
    return [*d["anchor"], *extra, *mention]


def current(store: Store, overlay: Overlay, event_id: str) -> Reviewed | None:
    """An event by id, following merges; an untouched machine event comes straight from the store."""
    now = overlay._follow(event_id)
    if now in overlay.events:
        return overlay.events[now]
    if now in overlay.replaced:
        return None
    machine = store.get_event(now)
    return Reviewed(machine) if machine else None


def undone(decisions: list[dict]) -> set[int]:
    """The decisions a later undo cancels. An undo is itself a decision, so undoing the undo
    restores what it cancelled: read from the newest back, a cancelled undo cancels nothing."""
    cancelled: set[int] = set()
    for d in reversed(decisions):
        if d["action"] == "undo" and d["id"] not in cancelled:
            cancelled.add(d["payload"]["decision"])
    return cancelled


def decide(store: Store, action: str, target: str, who: str | None, why: str, payload: dict[str, Any]) -> int:
    """Check a decision against the events as they are now, anchor it on mention ids, store it."""
    payload = check(action, payload)
    who = accounts.recorded_as(store, who)
    if action == "undo":
        return _undo(store, payload["decision"], who, why)
    overlay = Overlay.load(store)
    rv = current(store, overlay, target)
    if rv is None:
        raise ReviewError(f"no event {target!r}")
    if action == "edit":
        check_against(rv.event, payload)
    if action == "edit" or action in FIELD_VERDICTS:  # the audit log shows before -> after
        payload["before"] = _plain(get_field(rv.event, payload["field"]))
    if action == "merge":
        other = current(store, overlay, payload["other"])
        if other is None or other.id == rv.id:
            raise ReviewError(f"cannot merge {target!r} with {payload['other']!r}")
        payload["other"] = other.id
        payload["other_anchor"] = [m.id for m in other.event.mentions]
    if action == "split":
        ids = [m.id for m in rv.event.mentions]
        if payload["mention"] not in ids or len(ids) < 2:
            raise ReviewError("split needs one of the event's mentions, and the event needs two or more")
    named = rv.event.mentions + (other.event.mentions if action == "merge" else [])
    anchor = [m.id for m in rv.event.mentions]
    return store.add_decision(action=action, target=rv.id, anchor=anchor, payload=payload,
                              facts=facts_of(named, rv.event), who=who, why=why.strip())


def _plain(value: Any) -> Any:
    return value if value is None or isinstance(value, (str, int, float, bool)) else str(value)


def _undo(store: Store, number: int, who: str, why: str) -> int:
    """Record that decision `number` no longer holds (any decision, an undo included; a decision
    already undone cannot be undone twice)."""
    decisions = store.decisions()
    done = next((d for d in decisions if d["id"] == number), None)
    if done is None:
        raise ReviewError(f"no decision {number}")
    if number in undone(decisions):
        raise ReviewError(f"decision {number} is already undone")
    if not accounts.may_undo(store, who, done["who"]):
        raise ReviewError(f"decision {number} is {done['who']}'s: a reviewer undoes only their own (an admin, any)")
    return store.add_decision(action="undo", target=done["target"], anchor=list(done.get("anchor") or []),
                              payload={"decision": number}, facts=done.get("facts") or {}, who=who, why=why.strip())


def audit(store: Store) -> list[dict]:
    """Every decision, oldest first, with the event it applies to now (None: its event is gone)."""
    decisions = store.decisions()
    overlay = Overlay(store, decisions)
    return [{**d, "applies_to": overlay.now(d["id"]), "undone": d["id"] in overlay.undone} for d in decisions]
