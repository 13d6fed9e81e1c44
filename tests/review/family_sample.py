"""Invented reports (all text written for these tests) that name one child in three ways:

- river-1 (English) codes Ri Sol-mi, 15, as a minor relative of a defecting diplomat;
- lamp-1 and lamp-2 (English) report her later disappearance, naming her with no role at all
  ("Ri Sol Mi"), and disagree on who went with her (a conflicts block that names her);
- nuri-1 (Korean) names her in Hangul with no role.
The diplomat, Ri Chol-ho, is an adult principal and stays visible in redacted views.
"""
from __future__ import annotations

from crossings import api
from crossings.document import DateInfo, Document, content_hash
from crossings.events import Evidence, Mention, Place, Subject, When
from crossings.store import Store

CHILD = ("Ri Sol-mi", "Ri Sol Mi", "리솔미", "Sol-mi", "Sol Mi")  # every spelling the reports publish
PARENT = "Ri Chol-ho"

TEXTS = {
    "river-1": ("en", "2023-05-02", "River Gazette",
                "A North Korean diplomat, Ri Chol-ho, defected from the embassy in Lyon in April with his "
                "son Ri Sol-mi, 15, officials in Paris confirmed."),
    "lamp-1": ("en", "2024-08-10", "Lamp Weekly",
               "Ri Sol Mi went missing in Bangkok in July 2024, her school said."),
    "lamp-2": ("en", "2024-08-12", "Lamp Weekly",
               "Ri Sol Mi and Han Yong-su went missing in Bangkok in July 2024, friends said."),
    "nuri-1": ("ko", "2025-02-03", "누리신문",
               "리솔미 씨가 2025년 1월 방콕에서 북송됐다고 단체가 밝혔다."),
}


def documents() -> list[Document]:
    return [Document(id=i, text=t, raw=t, lang=lang, outlet=outlet, source=f"test:{i}",
                     published=DateInfo(pub, "day", "manifest"), content_hash=content_hash(t))
            for i, (lang, pub, outlet, t) in TEXTS.items()]


def _ev(doc: str, field: str, quote: str) -> Evidence:
    text = TEXTS[doc][3]
    start = text.index(quote)
    return Evidence(field, start, start + len(quote), quote)


def mentions() -> dict[str, list[Mention]]:
    return {
        "river-1": [Mention("river-1", "defection", "confirmed",
                            [Subject(name=PARENT, descriptor="diplomat", role="diplomat"),
                             Subject(name="Ri Sol-mi", descriptor="son", role="family_member", age=15, minor=True)],
                            Place("Lyon", "FR"), None, When("2023-04", "month"), ["officials in Paris"],
                            [_ev("river-1", "type", "defected"), _ev("river-1", "subjects.0.name", PARENT),
                             _ev("river-1", "subjects.1.name", "son Ri Sol-mi, 15")])],
        "lamp-1": [Mention("lamp-1", "disappearance", "reported", [Subject(name="Ri Sol Mi")],
                           Place("Bangkok", "TH"), None, When("2024-07", "month"), ["her school"],
                           [_ev("lamp-1", "type", "went missing"), _ev("lamp-1", "origin", "in Bangkok"),
                            _ev("lamp-1", "date", "Ri Sol Mi went missing in Bangkok in July 2024")])],
        "lamp-2": [Mention("lamp-2", "disappearance", "reported",
                           [Subject(name="Ri Sol Mi"), Subject(name="Han Yong-su")],
                           Place("Bangkok", "TH"), None, When("2024-07", "month"), ["friends"],
                           [_ev("lamp-2", "type", "went missing"),
                            _ev("lamp-2", "subjects.0.name", "Ri Sol Mi and Han Yong-su")])],
        "nuri-1": [Mention("nuri-1", "repatriation", "reported", [Subject(name="Ri Sol-mi", aliases=["리솔미"])],
                           Place("Bangkok", "TH"), "KP", When("2025-01", "month"), ["단체"],
                           [_ev("nuri-1", "type", "북송됐다"), _ev("nuri-1", "subjects.0.name", "리솔미 씨가")])],
    }


def build(db: str) -> None:
    """Store the documents and mentions, and fuse them as ingest would."""
    store = Store(db)
    store.add_documents((d, None) for d in documents())
    store.replace_mentions(mentions())
    api.fuse(db=db)
