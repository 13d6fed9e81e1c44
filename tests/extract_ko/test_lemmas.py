"""TR-KO: triggers read on kiwipiepy morphemes catch every conjugation of a verb, and the
synonyms of translated Korean only with their domain condition (invented sentences)."""
import pytest

from crossings.extract.ko.triggers import find_hits


def _types(text: str) -> list[tuple[str, str]]:
    return [(h.type, text[h.start:h.end]) for h in find_hits(text, 0, len(text))]


@pytest.mark.parametrize("text", [
    "라오스 당국은 탈북민 9명을 북한에 돌려보낸 것으로 전해졌다.",   # adnominal
    "라오스 당국은 체포한 일가족을 북한으로 돌려보냈다.",
    "체포된 여성들은 모두 북한으로 돌려보내졌다.",                    # passive
    "공안은 붙잡은 청년 두 명을 북으로 돌려 보냈다.",                  # written apart
    "현지 경찰은 탈북민 6명을 돌려보냈다고 인권단체가 밝혔다.",       # the people say where to
])
def test_every_conjugation_of_sending_back_is_a_repatriation(text):
    assert "repatriation" in [t for t, _ in _types(text)]


@pytest.mark.parametrize("text", [
    "우체국은 주소가 틀린 편지를 발신인에게 돌려보냈다.",
    "라오스 당국은 탈북민 9명을 북한에 돌려보낼 것으로 보인다.",     # prospective: not yet done
])
def test_sending_back_something_else_or_later_is_no_repatriation(text):
    assert "repatriation" not in [t for t, _ in _types(text)]


@pytest.mark.parametrize("text", [
    "북한 무역대표부 직원이 지난달 가족과 함께 제3국으로 피신했다.",
    "몽골에 파견된 북한 노동자 2명이 숙소에서 도주한 것으로 알려졌다.",
    "북한군 하전사 1명이 부대를 탈영해 남쪽으로 넘어왔다.",
    "북한 해외식당 종업원 4명은 현재 태국으로 피신 중이다.",
])
def test_synonyms_of_flight_with_somewhere_to_flee_to(text):
    assert "defection" in [t for t, _ in _types(text)]


@pytest.mark.parametrize("text", [
    "북한군의 포격이 이어지자 섬 주민들이 대피소로 피신했다.",
    "북한 어선에서 동료를 해친 선원들은 배를 몰고 도주했다.",      # nowhere outside the North named
    "북한군 병사 1명이 근무지를 탈영했다가 사흘 만에 붙잡혔다.",
    "국경 지역 주민들의 피신처가 부족하다.",                          # the noun, not the verb
])
def test_synonyms_without_a_flight_out_are_no_defection(text):
    assert "defection" not in [t for t, _ in _types(text)]


def test_punishment_in_any_tense_of_sending_to_a_camp():
    text = "보위부는 그의 가족을 정치범 관리소로 보내버렸다."
    assert "punishment" in [t for t, _ in _types(text)]


def test_adnominal_return_becomes_one_repatriation_mention(extract):
    text = "베트남 공안은 지난 3일 국경에서 붙잡은 탈북민 7명을 북한에 돌려보낸 것으로 알려졌다."
    (m,) = [m for m in extract(text) if m.type == "repatriation"]
    assert m.destination == "KP"
    assert m.date.value == "2024-03-03"
