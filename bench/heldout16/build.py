#!/usr/bin/env python3
"""Write the heldout16 benchmark: docs/*.txt, docs.jsonl (id, url, lang, path) and gold.json
(the format score.py reads), after checking the gold against the codebook (bench/heldout_build.py)
and that ids keep this corpus's prefixes (h16e/h16k pages, G16- events).
Run from anywhere: python3 bench/heldout16/build.py
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import articles_en  # noqa: E402
import articles_ko  # noqa: E402
from events_gold import EVENTS  # noqa: E402
from heldout_build import build  # noqa: E402


def prefixes(pages):
    return [f"page id {p['id']} is not h16e../h16k.." for p, lang in pages
            if not re.fullmatch(r"h16" + lang[0] + r"\d\d", p["id"])] + \
        [f"event id {e['id']} lacks the G16- prefix" for e in EVENTS if not e["id"].startswith("G16-")]


if __name__ == "__main__":
    build(HERE, articles_en.PAGES, articles_ko.PAGES, EVENTS, extra=prefixes)
