"""The page cue words stand for every domain gate an extractor has: a page none of whose text holds
one gives no mention (so its cleaning may skip trafilatura, crossings.clean.html)."""
import re
import re._constants as C
import re._parser as sre

import pytest

from crossings.document import DateInfo, Document
from crossings.extract import extract_document
from crossings.extract.en.lexicon import load
from crossings.extract.en.triggers import in_domain
from crossings.extract.ko.frames import NK
from crossings.extract.ko.places import cities_of
from crossings.extract.page_cues import may_yield, words

WORD = re.compile(r"\w")


def _run_holds(run: str, left: bool, right: bool) -> bool:
    """A literal run holds a cue word (a whole one only with non-letters or the pattern's own
    word-edge lookarounds on both sides)."""
    run = run.lower()
    if any(w in run.replace(" ", "") for w in words()["anywhere"]):
        return True
    for w in words()["whole"]:
        for m in re.finditer(re.escape(w), run):
            before = m.start() > 0 and not WORD.match(run[m.start() - 1]) or m.start() == 0 and left
            after = m.end() < len(run) and not WORD.match(run[m.end()]) or m.end() == len(run) and right
            if before and after:
                return True
    return False


def _edge(item) -> bool:
    """A literal non-letter: a word ends before it."""
    op, av = item
    return op is C.LITERAL and not WORD.match(chr(av))


def _holds(items, left: bool, right: bool) -> bool:
    """Every string the parsed pattern matches holds a cue word (sound, not complete: True only
    when some part every match goes through holds one)."""
    items = list(items)
    run, start = "", 0
    for i, (op, av) in enumerate(items + [(None, None)]):
        if op is C.LITERAL:
            run, start = (run, start) if run else ("", i)
            run += chr(av)
            continue
        if run and _run_holds(run, left and start == 0, right and i == len(items)):
            return True
        run = ""
        first = left and i == 0 or i > 0 and _edge(items[i - 1])
        last = right and i == len(items) - 1 or i + 1 < len(items) and _edge(items[i + 1])
        if op is C.BRANCH and all(_holds(alt, first, last) for alt in av[1]):
            return True
        if op is C.SUBPATTERN and _holds(av[3], first, last):
            return True
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1 and _holds(av[2], False, False):
            return True
    return False


@pytest.mark.parametrize("pattern", [*load("cues")["north_korea"], *load("cues")["domain_signals"]])
def test_every_english_domain_cue_holds_a_cue_word(pattern):
    assert _holds(sre.parse(pattern), True, True)  # the lexicon wraps each in word-edge lookarounds


def test_every_korean_north_korea_word_and_city_holds_a_cue_word():
    assert _holds(sre.parse(NK.pattern), False, False)
    assert set(cities_of("KP")) <= set(words()["anywhere"]) and "혜산" in cities_of("KP")


def test_the_check_itself_can_fail():
    assert not _holds(sre.parse("(?:reclusive|quiet) state"), True, True)
    assert not _holds(sre.parse("NK"), False, True)  # "bankNK": no word edge on its left
    assert _holds(sre.parse("(?:Kim|the Kim) regime"), True, True)


@pytest.mark.parametrize("text", [
    "Pyong\x00yang said", "N\x00K officials", "the North\x00's army", "Kim's regime", "tumen river",
    "탈\x00북민", "북\x00한", "혜산시 주민", "\u1107\u116e\u11a8\u1112\u1161\u11ab",  # 북한 decomposed
    "Ko rea", "NK", "(nk)",
])
def test_cue_words_are_found_across_pieces_spaces_and_decomposition(text):
    assert may_yield(text)


@pytest.mark.parametrize("text", [
    "The central bank kept its key rate", "Kimberly skimmed the bankNK report", "남부 지방에 비가 내린다",
    "Fans queued for hours", "",
])
def test_pages_without_cue_words_are_not_wanted(text):
    assert not may_yield(text)


RELEVANT = [  # invented texts that do yield mentions
    ("en", "A North Korean diplomat stationed in Bangkok defected to South Korea last month, officials said."),
    ("en", "A diplomat of the reclusive state posted in Rome fled to Seoul in May, the ministry said."),
    ("ko", "태국 주재 북한 외교관이 지난달 한국으로 망명했다고 정부 당국자가 밝혔다."),
    ("ko", "혜산시 주민 2명이 지난 3일 압록강을 건너 중국으로 탈출했다고 소식통이 전했다."),
]


@pytest.mark.parametrize("lang,text", RELEVANT)
def test_every_text_that_yields_a_mention_is_wanted(lang, text):
    doc = Document(id="d", text=text, raw=text, lang=lang, published=DateInfo("2023-06-09", "day", "manifest"))
    assert extract_document(doc) and may_yield(text)


def test_english_domain_implies_wanted():
    for text in ["Pyongyang's envoy left", "in the hermit kingdom", "Chagang province", "Workers' Party of Korea"]:
        assert in_domain(text) and may_yield(text)


def test_letters_a_case_blind_regex_takes_for_ascii_ones_still_find_the_word():
    """"İsolated state", "ſecretive regime": the domain cues are matched case-blind, which takes
    a few non-ASCII letters for ASCII ones; the cue words must be found through them too."""
    ascii_letter = re.compile("[a-z]", re.IGNORECASE)
    odd = [chr(c) for c in range(128, 0x110000) if ascii_letter.fullmatch(chr(c))]
    assert len(odd) >= 3  # İ, ı, ſ, the Kelvin sign
    for ch in odd:
        letter = next(a for a in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(a, ch, re.IGNORECASE))
        word = next(w for w in [*words()["anywhere"], *words()["whole"]] if letter in w)
        assert may_yield(word.replace(letter, ch, 1) + " said"), (ch, word)
