"""What bounding values costs per stored page, beside what storing it cost before: the cleaned
page's bounds check (crossings.bounds.bound_document), and the store's guard over every row
(store.db._fitted), side by side with building the row alone and with cleaning the page.

    .venv/bin/python bench/bounds_cost.py
"""
from __future__ import annotations

import timeit

from crossings.bounds import bound_document
from crossings.clean import clean_page
from crossings.document import RawPage
from crossings.store.db import _document_row, _fitted

SENTENCE = "Border guards reported 12 new arrivals near the river crossing on day 4, according to report 1. "
PAGES = {"ASCII text": SENTENCE * 60, "Korean text": "국경경비대는 강 건너편 마을 근처에서 새로 도착한 12명을 보고했다. " * 90,
         "text with NULs": (SENTENCE + "\x00") * 60}


def per_call(fn, n: int = 300) -> float:
    return timeit.timeit(fn, number=n) / n * 1e3  # ms


def main() -> None:
    print(f"{'page':16} {'chars':>6} {'clean ms':>9} {'bound ms':>9} {'row ms':>8} {'row+fit ms':>11} {'added/clean':>12}")
    for name, text in PAGES.items():
        doc = clean_page(RawPage(source="bench.txt", id="bench-1", content=text, kind="text", published="2024-01-02"))
        clean = per_call(lambda: clean_page(RawPage(source="bench.txt", id="bench-1", content=text, kind="text")))
        bound = per_call(lambda: bound_document(doc))
        row = per_call(lambda: _document_row(doc, None))
        fitted = per_call(lambda: _fitted(_document_row(doc, None)))
        added = bound + fitted - row
        print(f"{name:16} {len(text):6d} {clean:9.3f} {bound:9.3f} {row:8.3f} {fitted:11.3f} {added / clean:12.1%}")


if __name__ == "__main__":
    main()
