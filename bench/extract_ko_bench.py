"""Korean extraction benchmark: pages/second of the extractor against a naive baseline, in one run.

The baseline runs the morphological analyser (kiwipiepy) over every sentence of every page
before the same rules; ours analyses only the sentences a trigger admits. Both run on (1) the
Korean pages of the dev corpus, scored with shared/bench/score.py (mention_f1), and (2) a
generated stream of mostly irrelevant Korean news pages with a few planted events of known type.

    .venv/bin/python bench/extract_ko_bench.py [--pages 5000] [--dev DIR]
"""
from __future__ import annotations

import argparse
import json
import random
import time
from collections.abc import Callable
from pathlib import Path

from crossings.clean import clean_page
from devscore import dev_score  # bench/ is on sys.path when a script in it runs
from crossings.document import Document, RawPage
from crossings.events import Mention
from crossings.extract.ko import extract_korean
from crossings.extract.ko.morph import kiwi, looks_like_name, proper_nouns
from crossings.extract.ko.segment import sentences

HERE = Path(__file__).resolve().parent


def ours(doc: Document) -> list[Mention]:
    return extract_korean(doc)


def baseline(doc: Document) -> list[Mention]:
    for s in sentences(doc.text):
        kiwi().tokenize(s.text(doc.text))
    return extract_korean(doc)


def timed(fn: Callable, docs: list[Document]) -> tuple[float, dict[str, list[Mention]]]:
    proper_nouns.cache_clear()  # neither run may reuse the other's analyses
    looks_like_name.cache_clear()
    start = time.perf_counter()
    out = {doc.id: fn(doc) for doc in docs}
    return time.perf_counter() - start, out


def dev_docs(corpus: Path) -> list[Document]:
    docs = []
    for line in (corpus / "docs.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec.get("lang") != "ko":
            continue
        content = (corpus / rec["path"]).read_text(encoding="utf-8")
        doc = clean_page(RawPage(source=rec["path"], id=rec["id"], url=rec.get("url"), lang="ko", content=content))
        doc.id = rec["id"]
        docs.append(doc)
    return docs


# --- the generated stream (invented sentences) -------------------------------------------------

FILLER = [
    "홈팀이 후반 막판 결승골로 {n}대 {m} 승리를 거뒀다.",
    "한국은행은 기준금리를 연 {n}%로 동결했다.",
    "남부 지방에는 최대 {n}mm의 많은 비가 내릴 것으로 예보됐다.",
    "여당은 법안을 {n}일 안에 처리하겠다고 밝혔다.",
    "자동차 수출이 {n}개월 연속 증가세를 이어갔다.",
    "시민 {n}명이 주말 축제에 참가해 거리를 가득 메웠다.",
    "북한은 오늘 동해상으로 단거리 탄도미사일 {n}발을 발사했다고 합참이 밝혔다.",
]
PLANTED = {
    "defection": "태국 방콕 주재 북한 외교관 1명이 지난달 가족과 함께 탈북해 한국에 입국한 것으로 알려졌다.",
    "mission_closure": "북한이 탄자니아 주재 대사관을 폐쇄한 것으로 확인됐다고 외교부가 밝혔다.",
    "repatriation": "중국 공안이 국경 인근에서 붙잡힌 탈북민 {n}명을 북한으로 강제 송환했다고 인권단체가 밝혔다.",
}
# what each planted sentence reports (codebook: people caught fleeing and sent back made an
# attempted_defection and a repatriation)
PLANTED_TYPES = {"repatriation": {"repatriation", "attempted_defection"}}


def generated_docs(count: int, seed: int = 7) -> tuple[list[Document], dict[str, set[str]]]:
    rng = random.Random(seed)
    docs, truth = [], {}
    for i in range(count):
        lines = [rng.choice(FILLER).format(n=rng.randint(2, 40), m=rng.randint(0, 3)) for _ in range(rng.randint(5, 12))]
        planted = rng.choice(list(PLANTED)) if rng.random() < 0.05 else None
        if planted:
            lines.insert(rng.randint(0, len(lines)), PLANTED[planted].format(n=rng.randint(2, 30)))
        text = "\n".join(lines)
        doc = clean_page(RawPage(source=f"gen-{i}", id=f"gen-{i}", lang="ko", content=text,
                                 published="2024-05-15"))
        doc.id = f"gen-{i}"
        docs.append(doc)
        truth[doc.id] = PLANTED_TYPES.get(planted, {planted}) if planted else set()
    return docs, truth


def type_accuracy(mentions: dict[str, list[Mention]], truth: dict[str, set[str]]) -> float:
    return sum({m.type for m in mentions[d]} == t for d, t in truth.items()) / len(truth)


def report(label: str, n: int, ours_s: float, base_s: float, accuracy: str) -> None:
    print(f"{label:10} pages={n:6}  ours {n / ours_s:8.1f} p/s  baseline {n / base_s:8.1f} p/s  "
          f"speed-up {base_s / ours_s:5.1f}x  {accuracy}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=5000)
    ap.add_argument("--dev", type=Path, default=HERE.parent.parent / "shared" / "corpus" / "dev")
    a = ap.parse_args()
    kiwi()  # load the model and the lexicons once, outside the timings
    docs = dev_docs(a.dev)
    timed(ours, docs[:3])
    ours_s, ours_m = timed(ours, docs)
    base_s, base_m = timed(baseline, docs)
    report("dev ko", len(docs), ours_s, base_s,
           f"mention_f1 ours {dev_score(a.dev, ours_m):.3f} baseline {dev_score(a.dev, base_m):.3f}")
    gen, truth = generated_docs(a.pages)
    ours_s, ours_m = timed(ours, gen)
    base_s, base_m = timed(baseline, gen)
    report("generated", len(gen), ours_s, base_s,
           f"type accuracy ours {type_accuracy(ours_m, truth):.3f} baseline {type_accuracy(base_m, truth):.3f}")


if __name__ == "__main__":
    main()
