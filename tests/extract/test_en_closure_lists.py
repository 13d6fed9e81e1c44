"""TR-LIST: one closure trigger distributes over a list, and each item binds its own place and
date by where they sit in the item (gapped conjuncts split by semicolons, list lines under a
header, a coordinated phrase). All sentences are invented."""
from tests.extract.en_helpers import extract


def _closures(text: str, published: str = "2031-06-13") -> list[tuple]:
    return sorted((m.origin.city or "", m.origin.country, m.date.value)
                  for m in extract(text, published=published) if m.type == "mission_closure")


def test_gapped_conjuncts_each_with_their_own_place_and_date():
    text = ("Pyongyang has been shutting missions for years. Among the most recent: Quito, in Ecuador, closed "
            "in 2028; Hanoi's consulate in March 2030; Accra, in Ghana, in June 2030; and Tbilisi on 4 May 2031.")
    assert _closures(text) == [("Accra", "GH", "2030-06"), ("Hanoi", "VN", "2030-03"),
                               ("Quito", "EC", "2028"), ("Tbilisi", "GE", "2031-05-04")]


def test_gapped_conjuncts_with_the_trigger_in_the_first_one():
    text = ("North Korea keeps trimming its network of embassies. Quito, in Ecuador, closed in 2028; "
            "Accra, in Ghana, in June 2030; and Tbilisi on 4 May 2031.")
    assert _closures(text) == [("Accra", "GH", "2030-06"), ("Quito", "EC", "2028"), ("Tbilisi", "GE", "2031-05-04")]


def test_a_bare_header_over_list_lines_dates_each_line_by_its_own_date():
    text = ("North Korea's network abroad keeps shrinking. Closed since May 2029, by our tally:\n"
            "- Quito, Ecuador (embassy, September 2029; its affairs moved to Lima)\n"
            "- Hanoi, Vietnam (trade office, April 2031)\n\n"
            "More in next week's issue.")
    assert _closures(text) == [("Hanoi", "VN", "2031-04"), ("Quito", "EC", "2029-09")]
    # over lines that name no mission, the same header heads no closure
    text = ("North Korean officials visited several capitals. Closed for the holiday, by our tally:\n"
            "- Quito, Ecuador (September 2029)\n- Hanoi, Vietnam (April 2031)\n")
    assert _closures(text) == []


def test_a_successor_named_first_in_parentheses_is_not_the_origin():
    text = ("North Korea has closed these missions:\n"
            "- Vietnam (the consulate in Da Nang, April 2031; matters handled by the embassy in Hanoi)\n")
    assert [c[:2] for c in _closures(text)] == [("Da Nang", "VN")]


def test_a_pull_out_told_as_a_verb_dates_each_host_in_its_own_conjunct():
    text = ("North Korea closed its embassy in Oslo on Monday. It pulled out of Ecuador in March and "
            "Ghana in May, diplomats said.")
    found = {c[1]: c[2] for c in _closures(text)}
    assert found["EC"] == "2031-03" and found["GH"] == "2031-05" and "NO" in found
    # pulling out of talks, or of a place with no mission named, is no closure
    assert [c[:2] for c in _closures("North Korea closed its embassy in Oslo. It pulled out of Geneva talks on Monday.")] \
        == [("Oslo", "NO")]
    assert _closures("North Korea pulled out of Qatar in 2030, sending its workers home.") == []
    # a date told after the last conjunct by a source is not that host's own
    found = _closures("North Korea has shut down its missions in Oslo and Quito, an official said on Tuesday.")
    assert [c[:2] for c in found] == [("Oslo", "NO"), ("Quito", "EC")]
    assert found[0][2] == found[1][2]
