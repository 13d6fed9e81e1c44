"""The pair score as a comparison vector (similarity.terms) and the fit of weights to labelled
pairs (bench/fit_weights.py), and the look-alike benchmark's B-cubed measure. Invented reports."""
import sys
from pathlib import Path

import pytest

from crossings.fuse.features import features
from crossings.fuse.people import People
from crossings.fuse.similarity import W, score, terms

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.fixture
def bench(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH))


def pair(*ms):
    people = People(list(ms))
    return [features(i, m.id, m, m.doc, None, people) for i, m in enumerate(ms)]


def test_the_score_is_the_comparison_vector_times_the_weights(mention):
    a, b = pair(mention("a", role="military", country="KP", city="Kaesong", date="2019-11-07", count=2),
                mention("b", role="military", country="KP", city="Kaesong", date="2019-11-07", count=2))
    t = terms(a, b)
    assert t == {"country_same_home": 1.0, "city_same": 1.0, "year_same": 1.0, "month_same": 1.0,
                 "day_same": 1.0, "role_overlap": 1.0, "count_same": 1.0, "type_same": 1.0}
    assert score(a, b) == pytest.approx(sum(W[k] for k in t))


def test_a_shared_name_halves_a_disagreement_about_who(mention):
    a, b = pair(mention("a", name="Ri Il-kyu", role="diplomat", country="CU"),
                mention("b", name="Ri Il-kyu", role="military", country="CU"))
    assert terms(a, b)["role_disjoint"] == 0.5


def test_two_named_people_cannot_be_one_happening(mention):
    a, b = pair(mention("a", name="Ri Il-kyu", country="CU"), mention("b", name="Thae Yong-ho", country="GB"))
    assert terms(a, b) is None and score(a, b) is None


def test_the_fit_gives_agreement_weight_and_disagreement_a_penalty(bench):
    from fit_weights import as_weights, fit

    rows = ([("A", "defection", {"city_same": 1.0}, True)] * 40 + [("A", "defection", {"city_same": 1.0}, False)] * 4
            + [("A", "defection", {"city_diff": 1.0}, False)] * 40 + [("A", "defection", {"city_diff": 1.0}, True)] * 4
            + [("A", "defection", {}, False)] * 30 + [("A", "defection", {}, True)] * 10)
    intercept, coefficients = fit(rows, ["city_diff", "city_same"])
    assert intercept < 0 < coefficients["city_same"] and coefficients["city_diff"] < 0
    assert fit(rows, ["city_diff", "city_same"]) == (intercept, coefficients)  # deterministic
    scaled = as_weights(intercept, coefficients)
    assert scaled["city_same"] > W["merge"]  # a shared city alone is now enough to merge, as the labels say


def test_bcubed_against_hand_counted_figures(bench):
    from lookalike_bench import bcubed, two_year_events

    truth = {"a": "h1", "b": "h1", "c": "h2", "d": "h2"}
    assert bcubed([["a", "b"], ["c", "d"]], truth) == (1.0, 1.0, 1.0)
    p, r, f = bcubed([["a", "b", "c"], ["d"]], truth)
    # a, b: 2/3 precise, c: 1/3, d: 1; recall a, b: 1, c, d: 1/2
    assert p == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4) and r == pytest.approx(0.75)
    assert two_year_events([["a", "b", "c"], ["d"]], truth, {"h1": 2016, "h2": 2017}) == 1
    assert two_year_events([["a", "b", "c"], ["d"]], truth, {"h1": 2016, "h2": 2016}) == 0


def test_the_lookalike_archive_is_large_varied_and_reproducible(bench):
    from lookalike_gen import generate

    archive = generate(seed=7)
    assert len(archive.mentions) >= 1000 and len(archive.years) == 300
    assert len(set(archive.years.values())) == 20
    assert {m.date.derivation for m in archive.mentions} >= {
        None, "explicit", "anchor:published", "anchor:published-year", "unresolved:month-day"}
    assert any(v is None for v in archive.published.values()) and archive.groups
    again = generate(seed=7)
    assert [m.id for m in again.mentions] == [m.id for m in archive.mentions]
