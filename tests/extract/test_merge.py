"""Language-neutral merging: one Mention per happening."""
from crossings.events import Evidence, Mention, Place, Subject, When
from crossings.extract.article import relate_happenings
from crossings.extract.merge import Candidate, merge_candidates, names_match


def cand(order, type="defection", name=None, country=None, region=None, date=None, strong=True,
         anaphoric=False, count=None):
    m = Mention(doc="d", type=type, origin=Place(country=country, region=region),
                date=When(date, "year" if date else "unknown", "explicit" if date else None),
                subjects=[Subject(name=name, role="diplomat", count=count)])
    m.evidence.append(Evidence("type", order, order + 1, "x"))
    return Candidate(m, order=order, strong=strong, anaphoric=anaphoric)


def test_same_person_merges_across_reports():
    out = merge_candidates([cand(0, name="Thae Yong Ho", country="GB"), cand(10, name="Thae")])
    assert len(out) == 1 and out[0].origin.country == "GB"


def test_different_names_stay_apart():
    assert len(merge_candidates([cand(0, name="Jo Song Gil"), cand(10, name="Ryu Hyun Woo")])) == 2


def test_different_countries_and_years_stay_apart():
    assert len(merge_candidates([cand(0, country="ET", date="2013"), cand(9, country="ET", date="2009")])) == 2
    assert len(merge_candidates([cand(0, country="CU"), cand(9, country="FR")])) == 2


def test_region_holds_its_countries():
    out = merge_candidates([cand(0, region="Africa"), cand(9, country="AO")])
    assert len(out) == 1 and out[0].origin.country == "AO"


def test_weak_candidates_only_join():
    assert merge_candidates([cand(0, strong=False)]) == []
    assert len(merge_candidates([cand(0, country="GB"), cand(5, strong=False)])) == 1


def test_disappearance_resolved_by_the_defection_joins_it():
    gone = cand(0, type="disappearance", name="Kim Chol")
    fled = cand(9, name="Kim Chol", country="IT")
    assert [m.type for m in relate_happenings(merge_candidates([gone, fled]))] == ["defection"]  # the document stage


def test_twins_get_distinct_ids():
    a, b = cand(0, type="mission_closure", country="ES"), cand(0, type="mission_closure", country="UG")
    b.mention.evidence.append(Evidence("origin", 5, 6, "y"))
    out = merge_candidates([a, b])
    assert len(out) == 2 and out[0].id != out[1].id


def test_names_match_romanisations():
    assert names_match("Yong-ho", "Yong Ho") and names_match("Thae", "Thae Yong Ho")
    assert not names_match("Kim Chol", "Park Sun")


def test_two_cities_of_one_country_are_two_happenings():
    a, b = cand(0, country="RU"), cand(9, country="RU")
    a.mention.origin = Place(city="Vladivostok", country="RU")
    b.mention.origin = Place(city="St. Petersburg", country="RU")
    assert len(merge_candidates([a, b])) == 2
