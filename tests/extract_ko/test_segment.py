"""CL-GLUE: scraped text that lost the space after a full stop still splits into sentences
(invented sentences)."""
import pytest

from crossings.extract.ko.segment import sentences


def _texts(text: str) -> list[str]:
    return [s.text(text) for s in sentences(text)]


def test_a_glued_stop_between_hangul_ends_a_sentence():
    text = "무역일꾼 두 명이 연락이 끊겼다.그들은 예전에 징계를 받았다."
    assert _texts(text) == ["무역일꾼 두 명이 연락이 끊겼다.", "그들은 예전에 징계를 받았다."]


def test_a_glued_stop_before_a_capitalised_latin_word_ends_a_sentence():
    text = "대표부가 문을 닫았다.Reuters 통신이 이를 전했다."
    assert _texts(text) == ["대표부가 문을 닫았다.", "Reuters 통신이 이를 전했다."]


@pytest.mark.parametrize("text", [
    "발표는 2023.11.20.오전에 나왔다.",
    "지지율은 41.7%였다.",
    "U.S.정부가 성명을 냈다.",
    "그는 J.K.박사를 만났다.",
])
def test_dates_decimals_and_initials_are_not_cut(text):
    assert len(_texts(text)) == 1


def test_the_second_sentence_no_longer_changes_the_first(extract):
    text = "북한 무역대표부 직원 2명이 잠적한 것으로 알려졌다.이들은 2012년 밀수 혐의로 체포된 적이 있다."
    (m,) = extract(text, published="2024-03-15")
    assert m.type == "disappearance"
    assert m.date.value != "2012"
