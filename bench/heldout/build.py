"""Write docs/*.txt, docs.jsonl and gold.json from the article and gold modules (all invented)."""
import json
import pathlib

import articles_en
import articles_ko
from events_gold import EVENTS

HERE = pathlib.Path(__file__).parent


def main() -> None:
    articles = articles_en.A + articles_ko.A
    known = {e["id"] for e in EVENTS}
    used = {eid for a in articles for eid in a["events"]}
    assert used <= known, used - known
    assert known <= used, known - used
    assert len({a["id"] for a in articles}) == len(articles)
    (HERE / "docs").mkdir(exist_ok=True)
    manifest, docs = [], {}
    for a in articles:
        path = f"docs/{a['id']}.txt"
        (HERE / path).write_text(a["text"], encoding="utf-8")
        manifest.append({"id": a["id"], "url": a["url"], "lang": a["lang"], "path": path})
        docs[a["id"]] = {"pub_date": a["pub"], "events": a["events"]}
    with open(HERE / "docs.jsonl", "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    gold = {"events": EVENTS, "docs": docs}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
