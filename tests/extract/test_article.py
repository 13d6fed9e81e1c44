"""The language-neutral document stage (extract/article.py), run by both extractors after their
own sentence reading. Mentions are built by hand; names are invented."""
from __future__ import annotations

from crossings.events import Evidence, Mention, Place, Subject
from crossings.extract.article import relate_happenings


def _mention(kind: str, start: int, name: str | None = None, country: str | None = None) -> Mention:
    return Mention(doc="d", type=kind, subjects=[Subject(name=name, role="diplomat")],
                   origin=Place(country=country), evidence=[Evidence("type", start, start + 5, "xxxxx")])


def test_a_disappearance_the_article_resolves_is_part_of_the_defection():
    gone, fled = _mention("disappearance", 0, "Kim Chol-min", "LA"), _mention("defection", 40, "Kim Chol Min")
    out = relate_happenings([gone, fled])
    assert [m.type for m in out] == ["defection"]
    assert out[0].subjects[0].name == "Kim Chol Min"


def test_someone_elses_disappearance_stays():
    out = relate_happenings([_mention("disappearance", 0, "Ri Song-il"), _mention("defection", 40, "Kim Chol-min")])
    assert sorted(m.type for m in out) == ["defection", "disappearance"]


def test_an_unnamed_disappearance_at_the_same_post_is_resolved_by_the_defection():
    out = relate_happenings([_mention("disappearance", 0, country="LA"), _mention("defection", 40, country="LA")])
    assert [m.type for m in out] == ["defection"]


def test_twins_get_ids_of_their_own():
    a, b = _mention("mission_closure", 0, country="ES"), _mention("mission_closure", 0, country="UG")
    b.evidence.append(Evidence("origin", 20, 25, "yyyyy"))
    a.evidence.append(Evidence("origin", 10, 15, "zzzzz"))
    out = relate_happenings([a, b])
    assert len({m.id for m in out}) == 2


def test_the_korean_extractor_runs_the_same_stage():
    from crossings.document import DateInfo, Document
    from crossings.extract import extract_document
    text = ("주라오스 북한 대사관의 김철민 참사관이 지난 3월 가족과 함께 잠적했다.\n\n"
            "정부 소식통은 김철민 참사관이 최근 한국에 입국해 탈북민 보호시설에서 조사를 받고 있다고 전했다.")
    doc = Document(id="k", text=text, raw=text, lang="ko", published=DateInfo("2024-05-02", "day", "manifest"))
    assert [m.type for m in extract_document(doc)] == ["defection"]
