"""Fusion on an archive of look-alike happenings: B-cubed precision, recall and F1, two-year events.

usage: python bench/lookalike_bench.py [--seeds 1,2,3] [--happenings 300] [--years 20] [--set KEY=VALUE ...]

Generated mentions (bench/lookalike_gen.py: unnamed soldiers crossing the line, boats of
fishermen, arrests in China, mission closures, year after year) go straight into fusion, no
extraction. For each seed it prints the number of reports and happenings, the fused events,
B-cubed precision, recall and F1 of the events against the generator's truth, and the number of
fused events whose reports belong to happenings of two different years (the truth has none).
"ceiling" is the B-cubed F1 of a careful reader who knows how the generator varies its reports: a
report that fits more than one happening (an undated page with no date and no detail, say) stays
alone with its wire copies, every other report joins its happening. No fusion can do better
without guessing; with seeds 1-3 it lies near 0.94.
--set overrides a fusion weight (weights.yaml) for this run, e.g. --set require_identity=true.
--causes also prints, summed over the seeds, where the wrong merges come from: each merge of two
clusters that share no happening, by the dates of the pair that joined them (see date_kind) and by
whether it joined two lone reports or a cluster; lone reports the leftover step folds into another
happening's event; the two-year events by the dates of the reports whose year is not the event's
majority year; and the reports the careful reader cannot place, by the same kinds.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lookalike_gen import generate  # noqa: E402

from crossings.fuse import fuse_mentions  # noqa: E402
from crossings.fuse.wire import wire_groups  # noqa: E402


def bcubed(predicted: list[list[str]], truth: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering of items against their true classes."""
    class_size = Counter(truth.values())
    precision = recall = 0.0
    for cluster in predicted:
        in_cluster = Counter(truth[i] for i in cluster)
        for i in cluster:
            shared = in_cluster[truth[i]]
            precision += shared / len(cluster)
            recall += shared / class_size[truth[i]]
    n = sum(len(c) for c in predicted)
    p, r = precision / n, recall / n
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def _fits(m, h, published: str | None) -> bool:
    """Whether report m could be of happening h, by everything it states (and its page's date:
    pages come out 0 to 40 days after their happening)."""
    from datetime import date as _date

    from crossings.fuse.features import parse_date, yearless_day

    s = m.subjects[0]
    o = m.origin
    if m.type != h.type or (s.role and s.role != h.role) or (s.count and h.count and abs(s.count - h.count) > 1):
        return False
    if (o.country and o.country != h.country) or (o.region and o.region != h.region) or (o.city and o.city != h.city):
        return False
    if m.destination and m.destination != h.destination:
        return False
    if published is not None and not 0 <= (_date.fromisoformat(published) - h.day).days <= 40:
        return False
    y, mo, d = parse_date(m.date.value)
    if y is None and mo is None:
        mo, d = yearless_day(m)
    return not ((y and y != h.day.year) or (mo and mo != h.day.month) or (d and d != h.day.day))


def ceiling(archive) -> float:
    """B-cubed F1 of the careful reader (see the module's doc)."""
    clusters: dict[str, list[str]] = {}
    for m in archive.mentions:
        fitting = [k for k, h in archive.happenings.items() if _fits(m, h, archive.published[m.doc])]
        key = archive.truth[m.id] if fitting == [archive.truth[m.id]] else "alone:" + archive.groups.get(m.doc, m.doc)
        clusters.setdefault(key, []).append(m.id)
    return bcubed(list(clusters.values()), archive.truth)[2]


def two_year_events(predicted: list[list[str]], truth: dict[str, str], years: dict[str, int]) -> int:
    return sum(1 for cluster in predicted if len({years[truth[i]] for i in cluster}) > 1)


def date_kind(f) -> str:
    """What a report says of its time (fusion's Features): its page dated or not, its own date
    stated, a reckoning, only its page's year, a day without a year, or nothing."""
    if f.published is None:
        return "undated page, " + ("full date" if f.year else "day without year" if f.month else "no date")
    if f.year is None:
        return "dated page, no date"
    if f.date_is_report:
        return "dated page, page's year"
    return "dated page, " + ("reckoned date" if f.date_weak else "stated date")


def causes(archive, tally: dict[str, Counter]) -> None:
    """Replay fusion's clustering step by step and tally its wrong merges (see the module's doc).
    Checks that the replay gives fusion's own events."""
    from crossings.fuse import _sane, _scored_pairs, _unique
    from crossings.fuse.cluster import Clusters, leftovers
    from crossings.fuse.features import features
    from crossings.fuse.people import People

    groups = wire_groups({doc: archive.groups.get(doc) for doc in archive.published})
    ids, originals = _unique(archive.mentions)
    mentions = [_sane(m) for m in originals]
    people = People(mentions)
    feats = [features(i, mid, m, groups.get(m.doc, m.doc), archive.published.get(m.doc), people)
             for i, (mid, m) in enumerate(zip(ids, mentions))]
    truth = [archive.truth[f.id] for f in feats]
    clusters = Clusters(feats)
    for _, _, _, i, j in sorted(_scored_pairs(feats)):
        before = [{truth[k] for k in clusters._members(clusters.find(x))} for x in (i, j)]
        single = all(len(clusters._members(clusters.find(x))) == 1 for x in (i, j))
        if clusters.try_merge(i, j) and not before[0] & before[1]:
            kinds = " + ".join(sorted((date_kind(feats[i]), date_kind(feats[j]))))
            tally["wrong merges"][kinds] += 1  # the two reports whose pair joined the clusters
            tally["wrong merges, by step"]["two lone reports" if single else "a cluster joined"] += 1
    for i, root in leftovers(clusters):
        if truth[i] not in {truth[k] for k in clusters._members(root)}:
            tally["wrong merges, by step"]["a lone report folded into its article's event"] += 1
        clusters.fold(i, root)
    fused = sorted(sorted(m.id for m in e.mentions)
                   for e in fuse_mentions(archive.mentions, archive.published, groups))
    assert sorted(sorted(f.id for f in g) for g in clusters.groups()) == fused, "the replay is not fusion"
    for group in clusters.groups():
        years = Counter(archive.years[archive.truth[f.id]] for f in group)
        if len(years) > 1:
            top = years.most_common(1)[0][0]
            odd = sorted({date_kind(f) for f in group if archive.years[archive.truth[f.id]] != top})
            tally["two-year events, by the odd reports"][" + ".join(odd)] += 1
    by_id = dict(zip(ids, feats))
    for m in archive.mentions:
        fitting = sum(_fits(m, h, archive.published[m.doc]) for h in archive.happenings.values())
        tally["reports (the careful reader: fits several happenings)"][date_kind(by_id[m.id])] += 1
        tally["reports fitting several happenings"][date_kind(by_id[m.id])] += fitting > 1


def run(seed: int, happenings: int, years: int) -> tuple[int, int, int, float, float, float, int, float]:
    archive = generate(seed, happenings, years)
    groups = wire_groups({doc: archive.groups.get(doc) for doc in archive.published})
    events = fuse_mentions(archive.mentions, archive.published, groups)
    predicted = [[m.id for m in e.mentions] for e in events]
    p, r, f = bcubed(predicted, archive.truth)
    return (len(archive.mentions), happenings, len(events), p, r, f,
            two_year_events(predicted, archive.truth, archive.years), ceiling(archive))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", default="1,2,3")
    ap.add_argument("--happenings", type=int, default=300)
    ap.add_argument("--years", type=int, default=20)
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    ap.add_argument("--causes", action="store_true", help="also print where the wrong merges come from")
    a = ap.parse_args()
    if a.set:  # imported only when asked, so an older fusion (by PYTHONPATH) runs side by side
        from crossings.fuse.similarity import override

        override(a.set)
    print(f"{'seed':>4} {'reports':>8} {'truth':>6} {'events':>7} {'B3 P':>6} {'B3 R':>6} {'B3 F1':>6} {'2-year':>7} {'ceiling':>8}")
    rows = []
    for seed in (int(s) for s in a.seeds.split(",")):
        row = run(seed, a.happenings, a.years)
        rows.append(row)
        n, h, e, p, r, f, two, top = row
        print(f"{seed:>4} {n:>8} {h:>6} {e:>7} {p:>6.3f} {r:>6.3f} {f:>6.3f} {two:>7} {top:>8.3f}", flush=True)
    mean = lambda k: sum(row[k] for row in rows) / len(rows)
    print(f"{'mean':>4} {mean(0):>8.0f} {mean(1):>6.0f} {mean(2):>7.0f} {mean(3):>6.3f} {mean(4):>6.3f} "
          f"{mean(5):>6.3f} {mean(6):>7.1f} {mean(7):>8.3f}")
    if a.causes:
        tally: dict[str, Counter] = {}
        for key in ("wrong merges, by step", "wrong merges", "two-year events, by the odd reports",
                    "reports (the careful reader: fits several happenings)", "reports fitting several happenings"):
            tally[key] = Counter()
        for seed in (int(s) for s in a.seeds.split(",")):
            causes(generate(seed, a.happenings, a.years), tally)
        for key in ("wrong merges, by step", "wrong merges", "two-year events, by the odd reports"):
            print(f"\n{key} (seeds {a.seeds}): {sum(tally[key].values())}"
                  + (", by the dates of the pair that joined them" if key == "wrong merges" else ""))
            for what, n in tally[key].most_common():
                print(f"{n:>6}  {what}")
        reports, several = tally["reports (the careful reader: fits several happenings)"], \
            tally["reports fitting several happenings"]
        print(f"\nreports by date kind (seeds {a.seeds}): all, fitting several happenings (the careful reader)")
        for what, n in reports.most_common():
            print(f"{n:>6} {several[what]:>6}  {what}")


if __name__ == "__main__":
    main()
