"""SB-NAME and SB-ROLE across a sentence boundary, PL-BYSTANDER for an employer (invented texts).

A definite description opening a sentence ("The counsellor ...") is the person the sentence before
named as someone's subject; an official "from North Korea's embassy" works there (a diplomat, not
someone who vanished inside the North)."""
from tests.extract.en_helpers import extract


def principal(m):
    return next(s for s in m.subjects if s.role != "family_member")


def test_the_counsellor_is_the_man_named_in_the_sentence_before():
    text = ("When Pyon Jae-sok drove out of the North Korean embassy compound in Lisbon one night last "
            "spring, few noticed. The counsellor, who reached Seoul with his son in May, has said little.")
    (m,) = extract(text, published="2031-06-13")
    assert m.type == "defection"
    assert principal(m).name == "Pyon Jae-sok"


def test_a_speaker_named_before_is_not_the_one_who_fled():
    text = ("Yun Chol-ho said the case was worrying. The soldier crossed the border into South Korea on "
            "Monday, the North Korean military said.")
    (m,) = extract(text, published="2031-06-13")
    assert principal(m).name is None


def test_the_person_acted_on_before_is_not_named_for_the_subject():
    text = ("Guards detained Han Yong-mi near the river. The soldier crossed the border into South Korea "
            "on Monday, officials in North Korea said.")
    (m,) = extract(text, published="2031-06-13")
    assert principal(m).name is None


def test_a_leaders_name_is_never_taken():
    text = ("Kim Jong Un inspected the front in March. The soldier crossed the border into South Korea on "
            "Monday, the North Korean military said.")
    (m,) = extract(text, published="2031-06-13")
    assert principal(m).name is None


def test_two_people_named_before_leave_the_description_unnamed():
    text = ("Ko Un-byol and Sin Tae-ho left the North Korean embassy in Lisbon in April. The diplomat "
            "reached Seoul in May, officials said.")
    (m,) = extract(text, published="2031-06-13")
    assert principal(m).name is None


def test_an_official_from_north_koreas_embassy_missing_abroad_is_a_diplomat():
    text = ("A senior official from North Korea's embassy, his wife and their son have not been seen "
            "since Sunday, neighbours in Lisbon said.")
    (m,) = extract(text, published="2031-06-13")
    assert m.type == "disappearance"
    assert principal(m).role == "diplomat"


def test_workers_at_a_mine_of_the_north_are_not_missing_abroad():
    text = "Two workers at North Korea's Musan mine have not been seen since Sunday, a source said."
    assert [m.type for m in extract(text, published="2031-06-13")] == []
