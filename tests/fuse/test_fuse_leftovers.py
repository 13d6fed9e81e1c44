"""An article's mention left alone after clustering, with no date and no head count of its own,
folds into its own article's event, unless something plainly tells the two apart (MG-SPLIT)."""
from crossings.fuse import fuse_mentions


def fuse(mentions):
    return fuse_mentions(mentions, {m.doc: None for m in mentions})


def story(mention):
    """Two outlets report one group defection; outlet a names the place twice, once wrongly."""
    return [mention("a", role="restaurant_worker", count=13, country="CN", city="Ningbo", date="2016-04"),
            mention("b", role="restaurant_worker", count=13, country="CN", city="Ningbo", date="2016-04")]


def docs(events):
    return sorted(sorted(m.doc for m in e.mentions) for e in events)


def test_a_restatement_with_a_misread_country_folds_into_its_articles_event(mention):
    again = mention("a", role="restaurant_worker", country="TH", at=400)
    [event] = fuse(story(mention) + [again])
    assert len(event.mentions) == 3
    assert event.origin.country == "CN"  # the misread place is outvoted


def test_a_restatement_with_a_misread_city_folds_too(mention):
    again = mention("a", role="civilian", country="CN", city="Shanghai", at=400)
    [event] = fuse(story(mention) + [again])
    assert len(event.mentions) == 3


def test_a_lone_mention_with_its_own_head_count_keeps_its_own_event(mention):
    """A second mention that counts its people is a happening the article tells for itself, even
    where the count is close: an unseen article's lone second mention is often its own story."""
    counted = mention("a", role="civilian", count=12, country="CN", city="Shanghai", at=400)
    assert docs(fuse(story(mention) + [counted])) == [["a"], ["a", "b"]]


def test_a_lone_mention_with_a_date_of_its_own_keeps_its_own_event(mention):
    dated = mention("a", role="civilian", country="CN", city="Shanghai", date="2016-04", at=400)
    assert docs(fuse(story(mention) + [dated])) == [["a"], ["a", "b"]]


def test_another_head_count_is_another_happening(mention):
    three = mention("a", role="restaurant_worker", count=3, country="TH", at=400)
    assert docs(fuse(story(mention) + [three])) == [["a"], ["a", "b"]]


def test_another_named_person_is_another_happening(mention):
    named = mention("a", name="Ri Chol-ho", role="restaurant_worker", country="TH", at=400)
    assert docs(fuse(story(mention) + [named])) == [["a"], ["a", "b"]]


def test_another_stated_year_is_another_happening(mention):
    earlier = mention("a", role="restaurant_worker", country="TH", date="2011", at=400)
    assert docs(fuse(story(mention) + [earlier])) == [["a"], ["a", "b"]]


def test_a_year_read_off_the_reports_clock_does_not_tell_apart(mention):
    clock = mention("a", role="restaurant_worker", country="TH", date="2017", derivation="anchor:published-year", at=400)
    assert docs(fuse(story(mention) + [clock])) == [["a", "a", "b"]]


def test_only_the_same_family_of_types_folds(mention):
    sent_back = mention("a", "repatriation", role="restaurant_worker", country="TH", at=400, quote="sent back")
    assert docs(fuse(story(mention) + [sent_back])) == [["a"], ["a", "b"]]


def test_a_second_closed_mission_in_one_article_stays_its_own_event(mention):
    ms = [mention("a", "mission_closure", role=None, country="UG", date="2023-10", quote="closed"),
          mention("b", "mission_closure", role=None, country="UG", date="2023-10", quote="shut"),
          mention("a", "mission_closure", role=None, country="NP", at=80, quote="closed")]
    assert docs(fuse(ms)) == [["a"], ["a", "b"]]


def test_a_lone_article_keeps_its_two_mentions_apart(mention):
    """Only an event of several reports takes in leftovers: two lone mentions stay as extracted."""
    ms = [mention("a", role="restaurant_worker", count=13, country="CN", at=0),
          mention("a", role="restaurant_worker", country="TH", at=400)]
    assert len(fuse(ms)) == 2


def test_the_leftover_chooses_the_event_it_fits_best(mention):
    ms = story(mention) + [
        mention("a", role="restaurant_worker", count=3, country="CN", city="Xian", date="2016-05", at=200),
        mention("c", role="restaurant_worker", count=3, country="CN", city="Xian", date="2016-05"),
        mention("a", role="restaurant_worker", country="TH", city="Xian", at=400)]
    events = fuse(ms)
    xian = next(e for e in events if e.origin.city == "Xian")
    assert sorted(m.doc for m in xian.mentions) == ["a", "a", "c"]
