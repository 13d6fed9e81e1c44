"""A control measure's kind (codebook measure_kinds) comes from each language's own words
(extract/lexicons/<lang>/measures.yaml); fusion reads the kind only. All sentences are invented."""
import pytest

from crossings.codebook import MEASURE_KINDS
from crossings.events import Mention
from crossings.extract import extract_documents
from crossings.extract.measures import _patterns
from tests.extract.en_helpers import doc


def _kinds(text, lang="en"):
    d = doc(text, published="2031-06-13")
    d.lang = lang
    return [(m.type, m.measure) for m in extract_documents([d])[0]]


@pytest.mark.parametrize("text, lang, kind", [
    ("North Korea issued shoot-to-kill orders along its northern border, a source in Hyesan said.", "en", "shoot_order"),
    ("North Korean loggers in Khabarovsk must now travel in pairs, a source said.", "en", "travel_rule"),
    ("The North Korean mission in Vientiane confiscated the passports of its cooks last month, a source said.", "en",
     "passports"),
    ("북한 당국이 압록강을 건너 탈북하려는 주민을 사살하라는 명령을 내렸다고 대북 소식통이 전했다.", "ko", "shoot_order"),
    ("북한은 국경경비대에 탈북자를 발견하면 조준 사격하라는 지시를 하달했다.", "ko", "shoot_order"),
    ("북한은 해외 파견 노동자들의 감시를 강화했다고 소식통이 전했다.", "ko", "surveillance"),
])
def test_each_language_names_the_kind_of_a_measure(text, lang, kind):
    assert ("control_measure", kind) in _kinds(text, lang)


def test_other_happenings_have_no_measure_kind():
    assert _kinds("A North Korean diplomat in Minsk defected to South Korea last month.") == [("defection", None)]


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_kind_a_lexicon_names_is_the_codebooks(lang):
    kinds = [k for k, _ in _patterns(lang)]
    assert kinds and set(kinds) <= set(MEASURE_KINDS)
    assert kinds == [k for k in MEASURE_KINDS if k in kinds]  # tried in the codebook's order


def test_a_stored_mention_without_a_kind_reads_as_none():
    m = Mention(doc="d", type="control_measure", measure="shoot_order")
    assert Mention.from_dict(m.to_dict()).measure == "shoot_order"
    old = {k: v for k, v in m.to_dict().items() if k != "measure"}
    assert Mention.from_dict(old).measure is None
