"""Codebook ("the first time since" is a background mention of that earlier event): the frame read
from the parse, however far the ordinal stands from "since", dated or named by the since-phrase
(all texts invented)."""
from tests.extract.en_helpers import extract


def _defections(text: str):
    return [m for m in extract(text, published="2031-06-13") if m.type == "defection"]


def test_a_long_first_since_frame_is_a_dated_background_mention():
    found = _defections(
        "A first secretary at the North Korean embassy in Hungary defected to South Korea in April, the "
        "ministry said. He is the first North Korean diplomat posted in Hungary known to have defected since "
        "2014, according to the ministry.")
    earlier = [m for m in found if m.background]
    assert [(m.date.value, m.origin.country) for m in earlier] == [("2014", "HU")]
    assert [m.date.value for m in found if not m.background] == ["2031-04"]


def test_a_first_since_a_named_person_names_the_earlier_happening():
    found = _defections(
        "A North Korean envoy in Lisbon has defected to South Korea, the ministry said on Tuesday. "
        "She is the first North Korean envoy to defect since Ri Chol-ho in 2027.")
    earlier = [m for m in found if m.background]
    assert len(earlier) == 1
    assert (earlier[0].date.value, earlier[0].subjects[0].name) == ("2027", "Ri Chol-ho")


def test_first_since_an_era_is_no_happening():
    found = _defections("Two North Koreans defected to Canada in May, the first North Koreans to defect "
                        "to Canada since the Korean War.")
    assert not [m for m in found if m.background]
