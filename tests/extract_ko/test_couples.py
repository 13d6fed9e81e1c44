"""A married couple (부부) is two people fleeing, caught or punished together as equals (codebook:
people who flee together as equals are each civilian), class TR-KO / SB-COUNT. Invented sentences."""


def test_a_couple_shot_after_a_failed_escape_is_a_punishment_of_two(extract):
    found = [m for m in extract("북한에서 탈북을 시도하다 발각된 부부가 지난 5일 총살당했다.", published="2031-06-13")
             if m.type == "punishment"]
    assert found
    assert found[0].subjects[0].role == "civilian" and found[0].subjects[0].count == 2


def test_a_stated_count_beats_the_couple(extract):
    found = [m for m in extract("북한 주민 5명이 지난 3일 국경을 넘어 탈북했다.", published="2031-06-13")
             if m.type == "defection"]
    assert found and found[0].subjects[0].count == 5


def test_a_titled_persons_couple_is_the_person_and_a_spouse(extract):
    found = [m for m in extract("통일부에 따르면 북한 외교관 김 서기관 부부는 10월 중순 프라하를 떠나 지난달 한국에 들어왔다.",
                                published="2031-06-13") if m.type == "defection"]
    assert found
    roles = sorted(s.role for s in found[0].subjects)
    assert roles == ["diplomat", "family_member"]
    assert not any(s.role == "civilian" for s in found[0].subjects)
