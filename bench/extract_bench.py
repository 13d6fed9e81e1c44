"""English extraction benchmark: pages per CPU-second of the extractor against a naive baseline, in one run.

The baseline is what one would write first: the same cleaning, then the same spaCy model over
every sentence of every page, one page at a time, then the same rules. Ours parses only the
sentences the trigger regex and the second gate admit, in one stream across pages. Both sides are
charged the same cleaning (clean_page on the raw page: trafilatura for HTML), both are warmed up
first, and the one-time loads (spaCy model, gazetteer, lexicons, language detector) are timed
apart and printed on their own line. Times are CPU seconds, the median of --repeat runs.
Both run on (1) the English pages of the dev corpus, scored with shared/bench/score.py, and (2) a
generated stream of mostly irrelevant HTML news pages with a few planted events of known type.

    .venv/bin/python bench/extract_bench.py [--pages 2000] [--baseline-pages 500] [--repeat 3] [--dev DIR]
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from crossings.clean import clean_page
from devscore import dev_score  # bench/ is on sys.path when a script in it runs
from crossings.document import Document, RawPage
from crossings.events import Mention
from crossings.extract import extract_documents
from crossings.extract.en import CHAIN, State
from crossings.extract.en import nlp
from crossings.extract.en.parse import Parse
from crossings.extract.en.prescreen import Prescreen
from crossings.extract.gate import filter_mentions
from crossings.extract.pipeline import run_chain

HERE = Path(__file__).resolve().parent
CHUNK = 100  # pages per extraction call, as api.EXTRACT_CHUNK


class ParseEverything(Parse):
    """The baseline's parse step: every sentence through spaCy, trigger or not."""

    name = "parse_everything"

    def __call__(self, state: State) -> State:
        docs = nlp.parse(s.text for s in state.sentences)
        state.parsed = dict(enumerate(docs))
        return state


BASELINE_CHAIN = tuple(ParseEverything() if isinstance(c, Parse) else c for c in CHAIN if not isinstance(c, Prescreen))


def cleaned(page: RawPage) -> Document:
    doc = clean_page(page)
    doc.id = page.id or doc.id
    return doc


def ours(pages: list[RawPage]) -> dict[str, list[Mention]]:
    out: dict[str, list[Mention]] = {}
    for i in range(0, len(pages), CHUNK):
        docs = [cleaned(p) for p in pages[i:i + CHUNK]]
        out.update(zip([d.id for d in docs], extract_documents(docs)))
    return out


def baseline(pages: list[RawPage]) -> dict[str, list[Mention]]:
    out = {}
    for page in pages:
        doc = cleaned(page)
        out[doc.id] = filter_mentions(run_chain(BASELINE_CHAIN, State(document=doc)).mentions, doc)
    return out


def timed(fn: Callable, pages: list[RawPage], repeat: int) -> tuple[float, dict[str, list[Mention]]]:
    """Median CPU seconds of `repeat` runs, and the last run's output."""
    spent = []
    for _ in range(repeat):
        start = time.process_time()
        out = fn(pages)
        spent.append(time.process_time() - start)
    return statistics.median(spent), out


def warm_up(pages: list[RawPage]) -> float:
    """Load every model and table both sides use, once; return the CPU seconds it took."""
    start = time.process_time()
    nlp.pipeline()
    ours(pages[:3])
    baseline(pages[:3])
    return time.process_time() - start


# --- the dev corpus ---------------------------------------------------------------------------

def dev_pages(corpus: Path) -> list[tuple[RawPage, Document]]:
    """The English dev pages, raw and cleaned (the cleaned ones for the scripts that time links)."""
    return [(page, cleaned(page)) for page in dev_raw_pages(corpus)]


def dev_raw_pages(corpus: Path) -> list[RawPage]:
    pages = []
    for line in (corpus / "docs.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec.get("lang") != "en":
            continue
        content = (corpus / rec["path"]).read_text(encoding="utf-8")
        pages.append(RawPage(source=rec["path"], id=rec["id"], url=rec.get("url"), lang="en", content=content))
    return pages


# --- the generated stream ---------------------------------------------------------------------

TOPICS = {
    "sport": ["The home side won {n}-{m} after a late goal in the second half.",
              "The coach said the squad would rest {n} players before the final.",
              "Fans queued for {n} hours to buy tickets for the derby."],
    "business": ["Shares in the carmaker rose {n} percent after quarterly results.",
                 "The central bank kept its key rate at {n} percent on Thursday.",
                 "Exports of steel fell for the {n}th month in a row."],
    "weather": ["Heavy rain is expected across the south with up to {n} mm in places.",
                "Temperatures will climb to {n} degrees by the weekend.",
                "Forecasters warned of strong winds along the coast."],
    "politics": ["The minister told parliament the bill would pass within {n} days.",
                 "Voters in {n} districts go to the polls on Sunday.",
                 "The opposition leader called for a recount in the capital."],
}
PLANTED = {
    "defection": "A North Korean diplomat stationed in Bangkok defected to South Korea last month, officials said.",
    "mission_closure": "North Korea has closed its embassy in Tanzania, the foreign ministry said.",
    "repatriation": "Chinese police forcibly repatriated {n} North Koreans caught near the border, activists said.",
}
CHROME = "<nav>Home | World | Sport | Business</nav><div class='ad'>Advertisement</div>"


def generated_pages(count: int, seed: int = 11) -> tuple[list[RawPage], dict[str, set[str]]]:
    rng = random.Random(seed)
    pages, truth = [], {}
    for i in range(count):
        topic = rng.choice(list(TOPICS))
        sentences = [rng.choice(TOPICS[topic]).format(n=rng.randint(2, 40), m=rng.randint(0, 5))
                     for _ in range(rng.randint(8, 16))]
        planted = set()
        if rng.random() < 0.05:
            kind = rng.choice(list(PLANTED))
            sentences.insert(rng.randint(0, len(sentences)), PLANTED[kind].format(n=rng.randint(5, 60)))
            planted.add(kind)
        title = f"{topic.title()} news, page {i}"
        html = (f"<html><head><title>{title}</title></head><body>{CHROME}<article><h1>{title}</h1>"
                + "".join(f"<p>{s}</p>" for s in sentences) + "</article><footer>© Example</footer></body></html>")
        pages.append(RawPage(source=f"gen-{i}", id=f"g{i}", lang="en", content=html, kind="html",
                             published="2024-05-20"))
        truth[f"g{i}"] = planted
    return pages, truth


def type_accuracy(mentions: dict[str, list[Mention]], truth: dict[str, set[str]]) -> tuple[float, float]:
    tp = sum(len({m.type for m in mentions[d]} & t) for d, t in truth.items())
    found = sum(len({m.type for m in ms}) for ms in mentions.values())
    wanted = sum(len(t) for t in truth.values())
    return (tp / found if found else 1.0), (tp / wanted if wanted else 1.0)


def report(label: str, n: int, ours_s: float, base_s: float, accuracy: str) -> None:
    print(f"{label}: {n} pages | ours {n / ours_s:8.1f} pages per CPU-s | baseline {n / base_s:7.1f} pages per CPU-s | "
          f"speed-up {base_s / ours_s:5.2f}x | {accuracy}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=2_000)
    ap.add_argument("--baseline-pages", type=int, default=500,
                    help="time the (slow) baseline on the first N generated pages; 0 = all")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--dev", type=Path, default=HERE.parent.parent / "shared" / "corpus" / "dev")
    a = ap.parse_args()
    generated, truth = generated_pages(a.pages)
    dev = dev_raw_pages(a.dev) if (a.dev / "docs.jsonl").exists() else []
    print(f"one-time loads (model, gazetteer, lexicons, language detector): {warm_up(dev or generated):.2f} CPU-s")
    if dev:
        t_ours, m_ours = timed(ours, dev, a.repeat)
        t_base, m_base = timed(baseline, dev, a.repeat)
        report("dev (en)", len(dev), t_ours, t_base,
               f"mention_f1 ours {dev_score(a.dev, m_ours):.3f} / baseline {dev_score(a.dev, m_base):.3f}")
    t_ours, m_ours = timed(ours, generated, a.repeat)
    sample = generated[: a.baseline_pages or len(generated)]
    t_base, m_base = timed(baseline, sample, a.repeat)
    t_base *= len(generated) / len(sample)  # a rate: the baseline's pages/s on its sample
    (po, ro) = type_accuracy(m_ours, truth)
    (pb, rb) = type_accuracy(m_base, {d: truth[d] for d in m_base})
    report("generated", len(generated), t_ours, t_base,
           f"planted events P/R ours {po:.3f}/{ro:.3f} / baseline {pb:.3f}/{rb:.3f}"
           f" (baseline timed on {len(sample)} pages)")


if __name__ == "__main__":
    main()
