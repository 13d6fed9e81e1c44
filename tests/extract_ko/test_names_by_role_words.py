"""SB-NAME: a name is marked as a person's by any role word of the lexicon right after it (a trade
official's "부대표", a worker, a soldier), not by diplomats' titles alone; a people word after a
leader's name ("김정은 탈북자 형벌") marks no one. Invented sentences."""
from crossings.extract.ko.subjects import full_names


def _names(text):
    return [text[a:b] for a, b in full_names(text, 0, len(text))]


def test_a_deputy_representative_is_named():
    assert _names("라오스 주재 북한 무역대표부의 남성철(47) 부대표가 가족과 함께 입국했다.") == ["남성철"]


def test_a_worker_and_a_soldier_are_named():
    assert "강명호" in _names("러시아 건설 현장에서 일하던 강명호 노동자가 사라졌다.")
    assert "박철진" in _names("북한군 박철진 병사가 군사분계선을 넘었다.")


def test_a_people_word_after_a_leader_names_no_one():
    assert _names("김정은 탈북자 형벌을 사형으로 격상시켰다.") == []
