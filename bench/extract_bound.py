"""How fast English extraction could be with spaCy's parse on the sentences that matter and no others.

    .venv/bin/python bench/extract_bound.py [--dev DIR] [--repeat 3]

On the English dev pages (cleaned once, outside the timing), in one run, CPU seconds (median of
--repeat): the parse of every sentence (what the naive baseline parses), of the sentences our gates
admit, and of the sentences an oracle gate would admit: those holding the trigger of a mention we
keep. Our extraction is timed whole. The bound on the speed-up over the baseline is then
baseline / (ours - our parse + the oracle parse): an extractor that parsed only the sentences it
uses, and spent nothing else more than ours, would reach it, and no gate in front of this parser can.
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from extract_bench import baseline, dev_raw_pages  # bench/ is on sys.path when a script in it runs
from crossings.extract.en import CHAIN, State, extract_english_many, nlp
from crossings.extract.en.parse import Parse, _uncapitalised, to_parse
from crossings.extract.pipeline import run_chain
from crossings.clean import clean_page

HERE = Path(__file__).resolve().parent


def cpu(fn, repeat: int) -> float:
    spent = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        spent.append(time.process_time() - start)
    return statistics.median(spent)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", type=Path, default=HERE.parent.parent / "shared" / "corpus" / "dev")
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    raw = dev_raw_pages(a.dev)
    docs = []
    for page in raw:
        doc = clean_page(page)
        doc.id = page.id or doc.id
        docs.append(doc)
    nlp.pipeline()
    cut = next(i for i, link in enumerate(CHAIN) if isinstance(link, Parse))
    states = [run_chain(CHAIN[:cut], State(document=d)) for d in docs]
    every = [_uncapitalised(s.text) for st in states for s in st.sentences]
    admitted = [_uncapitalised(st.sentences[i].text) for st in states for i in to_parse(st)]
    used = []
    for st, mentions in zip(states, extract_english_many(docs)):
        starts = {e.start for m in mentions for e in m.evidence if e.field == "type"}
        used += [_uncapitalised(s.text) for s in st.sentences if any(s.start <= x < s.end for x in starts)]
    t_every = cpu(lambda: list(nlp.parse(every)), a.repeat)
    t_admitted = cpu(lambda: list(nlp.parse(list(dict.fromkeys(admitted)))), a.repeat)
    t_used = cpu(lambda: list(nlp.parse(list(dict.fromkeys(used)))), a.repeat)
    t_ours = cpu(lambda: extract_english_many(docs), a.repeat)
    t_base = cpu(lambda: baseline(raw), 1) - cpu(lambda: [clean_page(p) for p in raw], 1)
    n = len(docs)
    words = lambda texts: sum(len(t.split()) for t in texts)
    print(f"{n} English dev pages; sentences (words): every {len(every)} ({words(every)}), admitted "
          f"{len(admitted)} ({words(admitted)}), holding a kept mention's trigger {len(used)} ({words(used)})")
    print(f"CPU s: parse every sentence {t_every:.2f}, parse admitted {t_admitted:.2f}, parse used {t_used:.2f}; "
          f"our extraction {t_ours:.2f} (its parse {t_admitted / t_ours:.0%}); baseline extraction {t_base:.2f}")
    bound = t_ours - t_admitted + t_used
    print(f"speed-up over the baseline (cleaning excluded on both sides): ours {t_base / t_ours:.2f}x, "
          f"oracle gate {t_base / bound:.2f}x; pages per CPU-s: ours {n / t_ours:.1f}, oracle gate {n / bound:.1f}")


if __name__ == "__main__":
    main()
