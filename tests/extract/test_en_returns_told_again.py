"""GT-AGG-OVER, TR-NARR-EN: earlier returns an article measures its own by ("after about 50 people
were sent back on Feb. 3", "In March, about 80 North Koreans were returned through the crossing at
Dandong") are happenings of their own (all texts invented)."""
from tests.extract.en_helpers import extract


def _returns(text: str):
    return [m for m in extract(text, published="2031-06-13") if m.type == "repatriation"]


def test_plain_people_sent_back_in_an_article_about_north_koreans_sent_back():
    found = _returns(
        "Chinese border police sent about 90 North Koreans back to the North on the night of June 9, a monitoring "
        "group said. It was the second mass return this year, after about 60 people were sent back on Feb. 2.")
    assert sorted(m.date.value for m in found) == ["2031-02-02", "2031-06-09"]


def test_plain_people_sent_back_elsewhere_are_no_repatriation():
    assert _returns("About 60 people were sent back from the border crossing after their visas expired, "
                    "Chinese officials said on Feb. 2.") == []


def test_a_month_and_one_named_crossing_make_a_mass_return_one_act():
    found = _returns(
        "Chinese authorities sent more than 300 North Koreans back across the border on the night of June 9, "
        "a monitoring group said. In March, about 80 North Koreans were returned through the crossing at Hunchun, "
        "it said.")
    assert "2031-03" in [m.date.value for m in found]
