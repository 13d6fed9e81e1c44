"""The wave signal on generated series: it flags a planted rise, stays near its nominal false-alarm
rate on steady Poisson noise, runs through today and keeps year-only events apart."""
import datetime as dt

import numpy as np
import pytest

from crossings.trend import ALPHA, WINDOW, elapsed, exact_test, index_of, label_of, trend


def flags(counts: np.ndarray, window: int = 8) -> np.ndarray:
    expected, p = exact_test(counts, np.ones(len(counts)), window)
    tested = ~np.isnan(p)
    return (p[tested] < ALPHA) & (counts[tested] > expected[tested])


@pytest.mark.parametrize("rate", [1.5, 3.0, 8.0])
def test_steady_noise_raises_false_alarms_at_about_the_nominal_level(rate):
    rng = np.random.default_rng(13)
    found = np.concatenate([flags(rng.poisson(rate, 48)) for _ in range(400)])
    assert ALPHA / 5 <= found.mean() <= ALPHA * 1.1  # exact and discrete: at or a little under


def test_mean_plus_two_sd_would_have_flagged_much_more_of_the_same_noise():
    rng = np.random.default_rng(7)
    old = []
    for _ in range(300):
        c = rng.poisson(1.0, 48)
        old += [c[i] > c[i - 8:i].mean() + 2 * c[i - 8:i].std() and c[i] >= 3 for i in range(8, 48)]
    new = np.concatenate([flags(rng.poisson(1.0, 48)) for _ in range(300)])
    assert np.mean(old) > 3 * new.mean()


def test_a_planted_rise_is_flagged():
    rng = np.random.default_rng(5)
    caught = 0
    for _ in range(200):
        c = rng.poisson(1.0, 20)
        c[-1] += 6
        caught += flags(c)[-1]
    assert caught / 200 > 0.9


def test_one_event_after_a_silent_window_is_no_wave_but_three_are():
    quiet = np.array([0] * 8 + [1])
    assert not flags(quiet)[-1]
    assert flags(np.array([0] * 8 + [3]))[-1]


def test_the_series_runs_through_today_with_the_current_quarter_partly_elapsed():
    today = dt.date(2025, 5, 16)  # 46 days into a 91-day quarter
    t = trend({"2023-01": 2, "2024-07-09": 1, "2024": 4, None: 3}, "quarter", today)
    labels = [p.label for p in t.periods]
    assert labels[0] == "2023-Q1" and labels[-1] == "2025-Q2" and len(labels) == 10
    assert t.periods[-1].count == 0 and 0.4 < t.periods[-1].elapsed < 0.6
    assert all(p.elapsed == 1.0 for p in t.periods[:-1])
    assert t.year_only == {"2024": 4} and t.undated == 3
    assert sum(p.count for p in t.periods) == 3
    assert t.periods[-1].p is not None and t.periods[-2].p is not None and t.periods[0].p is None
    assert "exact Poisson test" in t.rule and f"{WINDOW['quarter']} quarters" in t.rule


def test_a_partly_elapsed_period_is_held_to_a_smaller_expected_count():
    counts = np.array([2] * 8 + [2])
    whole, _ = exact_test(counts, np.ones(9), 8)
    part, p = exact_test(counts, np.array([1.0] * 8 + [0.25]), 8)
    assert whole[-1] == 2.0 and part[-1] == 0.5 and p[-1] < 0.2


def test_months_and_quarters_number_and_label_alike():
    assert index_of("2024-08-15", "quarter") == 2024 * 4 + 2 and label_of(2024 * 4 + 2) == "2024-Q3"
    assert label_of(index_of("2024-08", "month"), "month") == "2024-08"
    assert index_of("2024") is None and index_of(None) is None and index_of("2024-13") is None
    assert elapsed(index_of("2024-02-29", "month"), dt.date(2024, 2, 29), "month") == 1.0


def test_a_monthly_series_flags_the_month_of_a_planted_burst():
    counts = {f"{2020 + i // 12}-{i % 12 + 1:02d}": (1 if i % 3 == 0 else 0) for i in range(36)}
    counts["2022-12"] = 6
    t = trend(counts, "month", dt.date(2022, 12, 31))
    assert [p.label for p in t.waves] == ["2022-12"]
    assert t.periods[-1].p < ALPHA and t.periods[-1].expected == pytest.approx(8 / 24)
