#!/usr/bin/env python3
"""Write the heldout2 benchmark: docs/*.txt, docs.jsonl (id, url, lang, path) and gold.json
(the format score.py reads), after checking the gold against the codebook (bench/heldout_build.py).
Run from anywhere: python3 bench/heldout2/build.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import articles_en  # noqa: E402
import articles_ko  # noqa: E402
from events_gold import EVENTS  # noqa: E402
from heldout_build import build  # noqa: E402

if __name__ == "__main__":
    build(HERE, articles_en.PAGES, articles_ko.PAGES, EVENTS)
