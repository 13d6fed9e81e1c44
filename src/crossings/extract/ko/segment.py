"""Korean text -> sentences, and sentences -> parts, all as half-open offsets into the text.

Sentences end at a line break, at sentence-final punctuation, and after the broadcast ending
-니다 (transcripts often drop the full stop). Scraped pages lose the space after a full stop
("잠적했다.이들은"): a stop between a Hangul syllable and a Hangul syllable (or a capitalised
Latin word) ends a sentence too; "2024.7.17", "3.5%" and "U.S." have no Hangul before the stop. A headline's "…" separates two claims.
A *part* is the stretch of a sentence one trigger governs: "A가 탈북한 데 이어 B도 탈북" and
"A가 실종된 가운데 B가 탈북" speak of two happenings, so the sentence is cut between them.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

_SENTENCE_END = re.compile(r"\n+|(?<=[.!?。])\s+|(?<=니다)\s+|(?<=니다)(?=[^\s.])|…+|···|" + r"(?<=[가-힣][.!?])(?=[가-힣]|[A-Z][a-z])")
# connectives that join two happenings, best first
_CUTS = [
    re.compile(r"(?:데|것에|에)\s?(?:이어|이은|이어서)"),
    re.compile(r"가운데"),
    re.compile(r"(?:한|된|은)\s?(?:이후|뒤|후)|이후|이래|만에|만의"),
    re.compile(r"(?:는데|지만|으나|했고|했으며|하고|하며|되고|되며)[,\s]"),
    re.compile(r",\s?"),
]


@dataclass(frozen=True)
class Segment:
    start: int
    end: int

    def text(self, doc_text: str) -> str:
        return doc_text[self.start : self.end]


@lru_cache(maxsize=64)
def sentences(text: str) -> tuple[Segment, ...]:
    return tuple(_split(text))


def enclosing_sentence(text: str, start: int, end: int) -> Segment:
    """The sentence that holds text[start:end] (or the span itself if it crosses sentences)."""
    spans = sentences(text)
    i = bisect_right([s.start for s in spans], start) - 1
    if i >= 0 and spans[i].start <= start and end <= spans[i].end:
        return spans[i]
    return Segment(start, end)


def _split(text: str) -> list[Segment]:
    out, pos = [], 0
    for m in _SENTENCE_END.finditer(text):
        _add(out, text, pos, m.start())
        pos = m.end()
    _add(out, text, pos, len(text))
    return out


def _add(out: list[Segment], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Segment(start, end))


_HEAD_OWNER = re.compile(r"\s(?:[가-힣]+\s){0,2}[가-힣]+의\s")


def _adnominal(syllable: str) -> bool:
    """A verb form that modifies the noun after it: a syllable ending in ㄴ (온, 한, 된, 떠난)."""
    return bool(syllable) and "가" <= syllable <= "힣" and (ord(syllable) - 0xAC00) % 28 == 4


def cut_between(text: str, left_end: int, right_start: int) -> int:
    """Where to cut a sentence between two triggers: after the best connective between them."""
    gap = text[left_end:right_start]
    word_end = left_end + len(re.match(r"[가-힣]*", gap).group())  # "행방을 감|춘": the trigger's word ends later
    owner = _HEAD_OWNER.match(text, word_end, right_start)
    if owner and _adnominal(text[word_end - 1:word_end]):
        # "…한국에 온 민경철 참사의 | 평양 가족이 … 추방된": the person the first trigger's clause
        # modifies is its subject; what follows (his family) is the second's
        return owner.end()
    for pattern in _CUTS:
        hits = list(pattern.finditer(gap))
        if hits:
            return left_end + hits[-1].end()
    word_end = re.search(r"\s", gap)
    return left_end + (word_end.end() if word_end else len(gap))
