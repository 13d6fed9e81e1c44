"""Control measures fuse by what they do (codebook measure_kinds): one order to shoot told by
several pages with nothing else in common is one event; an order to shoot and the surveillance
of the same year are two."""
from crossings.fuse import fuse_mentions


def _measure(mention, doc, kind, date=None, city=None):
    m = mention(doc, "control_measure", role=None, country="KP", city=city, date=date, quote="ordered guards to shoot")
    m.subjects = []
    m.measure = kind
    return m


def test_one_order_to_shoot_told_by_undated_pages_is_one_event(mention):
    ms = [_measure(mention, "p1", "shoot_order"), _measure(mention, "p2", "shoot_order")]
    assert len(fuse_mentions(ms, {"p1": None, "p2": None})) == 1


def test_an_order_to_shoot_and_surveillance_of_one_day_and_town_are_two(mention):
    ms = [_measure(mention, "p1", "shoot_order", "2031-03-05", "Hyesan"),
          _measure(mention, "p2", "surveillance", "2031-03-05", "Hyesan")]
    assert len(fuse_mentions(ms, {"p1": "2031-04-02", "p2": "2031-04-02"})) == 2
    ms[1].measure = "shoot_order"  # the same day and town, the same kind: one measure
    assert len(fuse_mentions(ms, {"p1": "2031-04-02", "p2": "2031-04-02"})) == 1


def test_without_kinds_undated_measures_stay_apart(mention):
    ms = [_measure(mention, "p1", None), _measure(mention, "p2", None)]
    assert len(fuse_mentions(ms, {"p1": None, "p2": None})) == 2
