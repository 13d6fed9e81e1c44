"""trafilatura's options built per call (keyword arguments) against built once and copied per page
(crossings.clean.html.extraction_options), side by side on the HTML pages of stream_bench's
generated stream: CPU ms per page of trafilatura.extract, and whether the texts are identical.

    .venv/bin/python bench/html_options_bench.py [--pages 3000] [--repeat 3]
"""
from __future__ import annotations

import argparse
import random
import time

import trafilatura
from trafilatura.utils import load_html

from crossings.clean.html import EXTRACT_ARGS, extraction_options
from stream_bench import page  # bench/ is on sys.path when a script in it runs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=3000)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    rng, pages = random.Random(15), []
    for i in range(a.pages):
        record = page(i, rng, None)
        if "html" in record:
            pages.append((record["html"], record["url"]))
    spent = {"keywords": 0.0, "copied": 0.0}
    same = True
    for _ in range(a.repeat):
        trees = [load_html(html) for html, _ in pages]
        start = time.process_time()
        old = [trafilatura.extract(t, url=url, **EXTRACT_ARGS) for t, (_, url) in zip(trees, pages)]
        spent["keywords"] += time.process_time() - start
        trees = [load_html(html) for html, _ in pages]
        start = time.process_time()
        new = [trafilatura.extract(t, options=extraction_options(url)) for t, (_, url) in zip(trees, pages)]
        spent["copied"] += time.process_time() - start
        same = same and old == new
    n = a.repeat * len(pages)
    print(f"{len(pages)} HTML pages x {a.repeat}: options from keywords {1000 * spent['keywords'] / n:.3f} ms/page, "
          f"copied {1000 * spent['copied'] / n:.3f} ms/page ({spent['keywords'] / spent['copied']:.2f}x); "
          f"texts {'identical' if same else 'DIFFER'}")


if __name__ == "__main__":
    main()
