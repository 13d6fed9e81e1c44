"""Soft agreement weighted by provenance (issue 11): when reports of one happening give different
head counts, a figure credited to an official on record outweighs figures credited to no one or
to an unnamed source, however many outlets repeat them."""
from crossings.fuse import fuse_mentions


def _count(event):
    return sum(s.count or 0 for s in event.subjects if s.role != "family_member")


def _report(mention, doc, count, sources=None):
    return mention(doc, "defection", role="civilian", count=count, country="KP", destination="KR",
                   date="2031-05-06", quote="crossed the sea border", sources=sources)


def _one_event(ms):
    events = fuse_mentions(ms, {})
    assert len(events) == 1
    return events[0]


def test_the_ministrys_figure_outweighs_two_outlets_repeating_another(mention):
    ms = [_report(mention, "paper1", 8), _report(mention, "paper2", 8),
          _report(mention, "agency", 7, sources=["Unification Ministry"])]
    assert _count(_one_event(ms)) == 7


def test_an_unnamed_government_source_is_not_on_record(mention):
    ms = [_report(mention, "paper1", 8), _report(mention, "paper2", 8),
          _report(mention, "agency", 7, sources=["a government source"])]
    assert _count(_one_event(ms)) == 8


def test_officials_on_both_sides_vote_by_number_again(mention):
    ms = [_report(mention, "paper1", 8, sources=["JCS"]), _report(mention, "paper2", 8, sources=["NIS"]),
          _report(mention, "agency", 7, sources=["Unification Ministry"])]
    assert _count(_one_event(ms)) == 8
