"""What an analyst may change and how each change is made: the checks a decision passes before it
is stored, and the edits, merges and splits that review.py replays over machine events.
"""
from __future__ import annotations

import copy
from typing import Any

from crossings.codebook import InvalidValue, book
from crossings.events import Event, Mention, Subject, stable_id

ACTIONS = ("confirm", "reject", "edit", "merge", "split", "undo", "accept_value", "reject_value")
# accept_value: the machine's value of one field is right (it stays, now checked); reject_value: it
# is wrong and the field becomes unknown (an edit may then give the right one).
FIELD_VERDICTS = ("accept_value", "reject_value")
REQUIRED = ("type", "date.precision")  # an event cannot be without these (a precision follows its date)


class ReviewError(InvalidValue):
    """A decision that cannot be taken (unknown action, field or value, missing event)."""


def check(action: str, payload: dict[str, Any]) -> dict[str, Any]:
    """Validate a decision's payload before it is stored; returns it normalised."""
    if action not in ACTIONS:
        raise ReviewError(f"unknown action {action!r}: choose one of {', '.join(ACTIONS)}")
    if action == "edit":
        return _check_edit(str(payload.get("field", "")), payload.get("value"), payload.get("precision"))
    if action in FIELD_VERDICTS:
        return _check_verdict(action, str(payload.get("field", "")))
    if action == "merge" and not payload.get("other"):
        raise ReviewError("merge needs the other event's id")
    if action == "split" and not payload.get("mention"):
        raise ReviewError("split needs the id of the mention to split off")
    if action == "undo":
        try:
            return {"decision": int(payload.get("decision"))}
        except (TypeError, ValueError):
            raise ReviewError("undo needs the number of the decision it undoes") from None
    return {k: v for k, v in payload.items() if k in ("other", "other_anchor", "mention")}


def _check_edit(name: str, value: Any, precision: Any = None) -> dict[str, Any]:
    """The codebook's check for the field; a new date value carries the precision its shape
    states ('2016-04' month), or the one given with it when the two agree ('2016' season)."""
    try:
        value = book().check(name, value)
        if name != "date.value":
            return {"field": name, "value": value}
        precision = book().check("date.precision", precision) or (book().precision_of(value) if value else "unknown")
    except InvalidValue as exc:
        raise ReviewError(str(exc)) from None
    if not book().date_agrees(value, precision):
        raise ReviewError(f"date {value!r} does not have precision {precision!r}")
    return {"field": name, "value": value, "precision": precision}


def _check_verdict(action: str, name: str) -> dict[str, Any]:
    try:
        book().spec(name)
    except InvalidValue as exc:
        raise ReviewError(str(exc)) from None
    if action == "reject_value" and name in REQUIRED:
        raise ReviewError(f"an event cannot be without its {name}: edit it, or reject the event")
    return {"field": name}


def check_against(ev: Event, payload: dict[str, Any]) -> None:
    """An edit that must agree with the rest of the event: a precision with its date's value."""
    if payload.get("field") == "date.precision" and not book().date_agrees(ev.date.value, payload["value"] or "unknown"):
        raise ReviewError(f"date.precision {payload['value']!r} does not fit the date {ev.date.value!r}: "
                          "edit date.value (with its precision) instead")


def apply_verdict(ev: Event, payload: dict[str, Any], action: str) -> None:
    """A rejected value is cleared (a rejected date takes its precision with it); an accepted
    one stays as it is."""
    if action == "reject_value":
        set_field(ev, payload["field"], None)
        if payload["field"] == "date.value":
            ev.date.precision = "unknown"


ANALYST = "analyst"  # When.derivation of a date an analyst set (codebook.yaml: derivations)


def apply_edit(ev: Event, payload: dict[str, Any]) -> None:
    set_field(ev, payload["field"], payload["value"])
    if payload["field"] == "date.value":
        ev.date.derivation = ANALYST  # no longer what the reports' words gave
        if payload.get("precision"):
            ev.date.precision = payload["precision"]


def get_field(ev: Event, name: str) -> Any:
    """The value of an editable field ('subjects.3.role' of a missing subject: None)."""
    parts = name.split(".")
    if parts[0] == "subjects":
        index = int(parts[1])
        return getattr(ev.subjects[index], parts[2]) if index < len(ev.subjects) else None
    if len(parts) == 2:
        return getattr(getattr(ev, parts[0]), parts[1])
    return getattr(ev, name)


def set_field(ev: Event, name: str, value: Any) -> None:
    parts = name.split(".")
    if parts[0] == "subjects":
        index = int(parts[1])
        while len(ev.subjects) <= index:  # an edit may add the subject the machine missed
            ev.subjects.append(Subject())
        setattr(ev.subjects[index], parts[2], value)
    elif len(parts) == 2:
        setattr(getattr(ev, parts[0]), parts[1], value)
    else:
        setattr(ev, name, value)


def merge_into(keep: Event, other: Event) -> None:
    """Fold `other` into `keep`: keep's canonical values win; where the reports of the two now
    disagree, the conflicts say so in fusion's own shape."""
    known = {(s.name, s.role, s.descriptor) for s in keep.subjects}
    keep.subjects += [s for s in other.subjects if (s.name, s.role, s.descriptor) not in known]
    keep.mentions += [m for m in other.mentions if m.id not in {k.id for k in keep.mentions}]
    keep.sources += [s for s in other.sources if s not in keep.sources]
    keep.people += [p for p in other.people if p not in keep.people]
    dates = [r for r in (keep.reported, other.reported) if r]
    keep.reported = min(dates) if dates else None
    refresh_conflicts(keep)


def refresh_conflicts(ev: Event) -> None:
    """The event's conflicts over the mentions it has now (after a merge or a split)."""
    from crossings.fuse import CONFLICT_FIELDS
    from crossings.fuse.canonical import conflicts, votes

    ev.conflicts = conflicts(votes([(m.id, m) for m in ev.mentions], {}, {}), CONFLICT_FIELDS)


def event_from_mention(m: Mention, reported: str | None) -> Event:
    return Event(id=stable_id("ev-split-", m.id), type=m.type, status=m.status,
                 subjects=copy.deepcopy(m.subjects), origin=copy.deepcopy(m.origin),
                 destination=m.destination, date=copy.deepcopy(m.date), reported=reported,
                 sources=list(m.sources), mentions=[m])
