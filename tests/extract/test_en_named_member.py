"""A counted total that names one of its people ("a total of 135 North Koreans, including Ri
Yong Chol, arrived in the first quarter") is a statistic, and the named person's own flight is a
happening (class TR-LIST: one happening per item a list names). A dated group keeps its count.
Invented sentences."""
from tests.extract.en_helpers import extract


def test_the_named_member_of_a_total_is_a_happening_of_one():
    found = [m for m in extract("A total of 135 North Koreans, including Ri Yong Chol, arrived in South Korea "
                                "in the first quarter, officials said.", published="2031-06-13")
             if m.type == "defection"]
    assert len(found) == 1
    assert found[0].subjects[0].name == "Ri Yong Chol"
    assert found[0].subjects[0].count == 1


def test_a_total_naming_nobody_stays_a_statistic():
    assert not extract("A total of 135 North Koreans arrived in South Korea in the first quarter, officials "
                       "said.", published="2031-06-13")


def test_a_dated_group_naming_a_member_keeps_its_count():
    found = [m for m in extract("Thirteen North Korean waitresses, among them Kim Ok-hui, fled their restaurant "
                                "in Ningbo on April 5.", published="2031-06-13") if m.type == "defection"]
    assert found and found[0].subjects[0].count == 13


def test_the_person_whose_man_it_is_is_not_the_subject():
    # SB: "Kim's man in Bucharest" is someone of Kim's, not Kim (invented)
    from tests.extract.en_helpers import extract
    ms = extract("North Korea: Kim's man in Sofia seeks asylum in Bulgaria, sources say.", published="2031-06-13")
    assert ms and all(s.name is None for m in ms for s in m.subjects)
