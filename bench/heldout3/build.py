#!/usr/bin/env python3
"""Write the heldout3 benchmark: docs/*.txt, docs.jsonl (id, url, lang, path) and gold.json
({"events": [...], "docs": {id: {"pub_date", "events"}}}, the format score.py reads).

Checks that every event a page cites exists, that every event is cited, and that each event's
fields use the codebook's values. Run from anywhere: python3 bench/heldout3/build.py
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import articles_en  # noqa: E402
import articles_ko  # noqa: E402
from events_gold import EVENTS  # noqa: E402

TYPES = {"defection", "attempted_defection", "disappearance", "repatriation", "recall",
         "punishment", "mission_closure", "control_measure"}
STATUSES = {None, "confirmed", "reported", "unconfirmed", "denied"}
ROLES = {"diplomat", "trade_official", "overseas_worker", "restaurant_worker", "official",
         "military", "civilian", "family_member"}
PRECISIONS = {"day", "month", "year", "season", "unknown"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def check_event(e):
    """Problems with one gold event's fields, as strings."""
    out = []
    if e["type"] not in TYPES:
        out.append(f"type {e['type']}")
    if e["status"] not in STATUSES:
        out.append(f"status {e['status']}")
    for s in e["subjects"]:
        if s["role"] not in ROLES:
            out.append(f"role {s['role']}")
    for code in (e["origin"].get("country"), e["destination"]):
        if code and code != "third_country" and not re.fullmatch(r"[A-Z]{2}", code):
            out.append(f"country {code}")
    d = e["date"]
    if d["precision"] not in PRECISIONS or (d["value"] and not DATE.match(d["value"])):
        out.append(f"date {d}")
    if (d["value"] is None) != (d["precision"] == "unknown"):
        out.append(f"date value/precision mismatch {d}")
    return [f"{e['id']}: {p}" for p in out]


def main():
    pages = [(p, "en") for p in articles_en.PAGES] + [(p, "ko") for p in articles_ko.PAGES]
    by_id = {e["id"]: e for e in EVENTS}
    problems = [p for e in EVENTS for p in check_event(e)]
    if len(by_id) != len(EVENTS):
        problems.append("duplicate event ids")
    if len({p["id"] for p, _ in pages}) != len(pages):
        problems.append("duplicate page ids")
    problems += [f"page id {p['id']} is not h3e../h3k.." for p, lang in pages
                 if not re.fullmatch(r"h3" + lang[0] + r"\d\d", p["id"])]
    problems += [f"event id {e['id']} lacks the G3- prefix" for e in EVENTS
                 if not e["id"].startswith("G3-")]
    cited = {}
    for page, _ in pages:
        for eid in page["events"]:
            if eid not in by_id:
                problems.append(f"{page['id']} cites unknown event {eid}")
            cited.setdefault(eid, []).append(page)
    problems += [f"{eid} is cited by no page" for eid in by_id if eid not in cited]
    if problems:
        sys.exit("\n".join(problems))

    docs_dir = HERE / "docs"
    docs_dir.mkdir(exist_ok=True)
    for old in docs_dir.glob("*.txt"):
        old.unlink()
    manifest, gold_docs = [], {}
    for page, lang in pages:
        rel = f"docs/{page['id']}.txt"
        (HERE / rel).write_text(page["text"], encoding="utf-8")
        manifest.append({"id": page["id"], "url": page["url"], "lang": lang, "path": rel})
        gold_docs[page["id"]] = {"pub_date": page["pub_date"], "events": list(page["events"])}
    events = []
    for e in EVENTS:
        dates = sorted(p["pub_date"] for p in cited[e["id"]] if p["pub_date"])
        events.append(dict(e, reported=dates[0] if dates else None))
    with open(HERE / "docs.jsonl", "w", encoding="utf-8") as f:
        for rec in manifest:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(HERE / "gold.json", "w", encoding="utf-8") as f:
        json.dump({"events": events, "docs": gold_docs}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{len(pages)} pages, {len(events)} events written to {HERE}")


if __name__ == "__main__":
    main()
