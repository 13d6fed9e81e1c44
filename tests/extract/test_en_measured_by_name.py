"""SB-NAME: a person a sentence measures its own people by ("the first envoy to defect since Ri
Chol-ho") is not the name of the happening the sentence before told (all texts invented)."""
from tests.extract.en_helpers import extract


def test_the_person_after_since_does_not_name_the_news():
    found = [m for m in extract("A North Korean envoy in Lisbon has defected to South Korea, the ministry said on "
                                "Tuesday. She is the first North Korean envoy to defect since Ri Chol-ho in 2027.",
                                published="2031-06-13") if m.type == "defection" and not m.background]
    assert len(found) == 1
    assert [s.name for s in found[0].subjects if s.name] == []


def test_a_sentence_that_names_the_people_still_names_them():
    found = [m for m in extract("A North Korean envoy in Lisbon has defected to South Korea, the ministry said on "
                                "Tuesday. She is Ri Song-hui, 44, a counsellor.", published="2031-06-13")
             if m.type == "defection"]
    assert found and "Ri Song-hui" in [s.name for s in found[0].subjects]
