"""A generated archive for the dashboard's charts and map (seeded; places generic, no names):
defections and other events over ten years, most dated to a month, some only to a year, with a
planted rise of diplomats leaving in the quarter of `today`. Dates count back from the first month
of that quarter, so every date gives the same quarters."""
from __future__ import annotations

import datetime as dt
import random

from crossings.events import Event, Place, Subject, When

POSTS = [("Beijing", "CN"), ("Shenyang", "CN"), ("Dandong", "CN"), ("Vladivostok", "RU"), ("Moscow", "RU"),
         ("Ulaanbaatar", "MN"), ("Hanoi", "VN"), ("Kuwait City", "KW"), ("Warsaw", "PL"), ("Rome", "IT"),
         (None, "KP"), ("Hyesan", "KP")]
TYPES = ["defection"] * 6 + ["attempted_defection", "repatriation", "disappearance", "recall"]
ROLES = ["civilian", "military", "overseas_worker", "restaurant_worker", "diplomat", "trade_official"]


def _month_before(today: dt.date, months: int) -> str:
    """The month `months` before the first month of today's quarter."""
    index = today.year * 12 + (today.month - 1) // 3 * 3 - months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def events(today: dt.date, seed: int = 13) -> list[Event]:
    rng = random.Random(seed)
    out = []
    for i in range(160):
        city, country = rng.choice(POSTS)
        type_ = rng.choice(TYPES)
        role = rng.choice(ROLES)
        value = _month_before(today, rng.randrange(1, 120))
        date = When(value[:4], "year") if i % 7 == 0 else When(value, "month", "explicit")
        count = rng.choice([1, 1, 1, 2, 3, 5])
        out.append(Event(f"ev-gen-{i:03d}", type_, rng.choice(["reported", "confirmed", "unconfirmed"]),
                         [Subject(descriptor=f"{role} group", role=role, count=count)], Place(city, country),
                         rng.choice(["KR", "KR", None, "third_country"]) if type_ == "defection" else None,
                         date, sources=[rng.choice(["NIS", "unification ministry", "a source in China"])], outlets=1))
    for i in range(9):  # the planted rise: nine diplomats leaving their posts this quarter
        city, country = rng.choice(POSTS[:10])
        out.append(Event(f"ev-dip-{i}", "defection", "confirmed", [Subject(descriptor="a diplomat", role="diplomat", count=1)],
                         Place(city, country), "KR", When(_month_before(today, 0), "month", "explicit"),
                         sources=["unification ministry"], outlets=2))
    return out
