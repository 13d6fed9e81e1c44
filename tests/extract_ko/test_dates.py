"""Dates of events, resolved against the publication date (invented sentences)."""
import pytest


@pytest.mark.parametrize("text, value", [
    ("북한 외교관 1명이 지난해 11월 탈북해 국내에 입국한 것으로 알려졌다.", "2023-11"),
    ("북한 외교관 1명이 이달 초 탈북해 국내에 입국한 것으로 알려졌다.", "2024-03"),
    ("북한 외교관 1명이 지난달 탈북한 것으로 알려졌다.", "2024-02"),
    ("북한 노동자 2명이 지난 3일 러시아에서 실종됐다고 현지 언론이 전했다.", "2024-03-03"),
    ("북한 외교관 1명이 2016년 8월 탈북해 국내에 입국했다.", "2016-08"),
    ("북한 외교관 1명이 올해 초 탈북한 것으로 알려졌다.", "2024"),
])
def test_event_date(extract, text, value):
    (m,) = extract(text, published="2024-03-15")
    assert m.date.value == value
    assert any(e.field == "date" for e in m.evidence)


def test_reporting_day_is_not_the_event_date(extract):
    (m,) = extract("북한 외교관 1명이 탈북해 국내에 입국한 사실이 15일 전해졌다.", published="2024-03-15")
    # told as news and dated nowhere: the publication year, never the reporting day
    assert (m.date.value, m.date.precision) == ("2024", "year")
    assert m.date.derivation == "anchor:published-year"


def test_time_of_a_post_is_not_the_event_date(extract):
    text = "2019년 5월 당시 대사대리였던 북한 외교관이 지난해 탈북한 것으로 알려졌다."
    (m,) = extract(text, published="2024-03-15")
    assert m.date.value == "2023"


def test_no_year_is_invented_without_an_anchor(extract):
    (m,) = extract("북한 외교관 1명이 지난달 탈북한 것으로 알려졌다.", published=None)
    assert m.date.value is None


# DT-NOYEAR: an undated happening told as news takes the publication year


def test_undated_news_takes_the_publication_year(extract):
    (m,) = extract("북한이 페루 주재 대사관을 폐쇄했다.", published="2022-10-04")
    assert (m.date.value, m.date.precision, m.date.derivation) == ("2022", "year", "anchor:published-year")
    quote = next(e for e in m.evidence if e.field == "date")
    assert "폐쇄" in quote.quote


def test_undated_news_told_late_in_the_article_takes_the_year(extract):
    text = ("통일부는 오늘 정례 브리핑을 열었다. 대변인은 여러 현안에 대해 설명했다. "
            "기자들의 질문이 이어졌다. 브리핑은 한 시간 가까이 진행됐다. "
            "몽골에 파견된 북한 노동자 3명이 작업장을 무단이탈한 것으로 알려졌다.")
    (m,) = extract(text, published="2021-06-30")
    assert m.date.value == "2021"


def test_undated_background_deep_in_the_article_takes_no_year(extract):
    text = ("통일부는 오늘 정례 브리핑을 열었다. 대변인은 여러 현안에 대해 설명했다. "
            "기자들의 질문이 이어졌다. 브리핑은 한 시간 가까이 진행됐다. "
            "몽골에 파견된 북한 노동자 3명이 작업장을 무단이탈했다.")
    (m,) = extract(text, published="2021-06-30")
    assert m.date.value is None


def test_a_stated_date_beats_the_publication_year(extract):
    (m,) = extract("북한 외교관 1명이 2019년 9월 탈북해 국내에 입국했다.", published="2021-06-30")
    assert m.date.value == "2019-09"


def test_a_capture_date_gives_no_year():
    from crossings.document import DateInfo, Document
    from crossings.extract.ko import extract_korean

    doc = Document(id="c1", text="북한 외교관 1명이 탈북해 국내에 입국했다.", raw="", lang="ko",
                   published=DateInfo(value=None, precision="unknown"), captured="2024-05-01")
    (m,) = extract_korean(doc)
    assert m.date.value is None


def test_undated_news_passed_on_by_a_source_takes_the_year(extract):
    text = ("통일부는 오늘 정례 브리핑을 열었다. 대변인은 여러 현안에 대해 설명했다. "
            "기자들의 질문이 이어졌다. 브리핑은 한 시간 가까이 진행됐다. "
            '함경북도의 한 소식통은 "북한 주민 3명이 두만강을 건너려다 국경경비대에 붙잡혔다"고 전했다.')
    (m,) = extract(text, published="2021-06-30")
    assert m.type == "attempted_defection"
    assert (m.date.value, m.date.derivation) == ("2021", "anchor:published-year")


@pytest.mark.parametrize("text, words", [
    ("북한 외교관 1명이 5월 15일 가족과 함께 잠적했다.", "5월 15일"),
    ("북한 노동자 2명이 지난 9일 숙소에서 사라졌다.", "지난 9일"),
])
def test_a_date_without_a_year_is_kept_unresolved_on_a_page_without_a_date(extract, text, words):
    (m,) = extract(text, published=None)
    assert m.date.value is None  # no year is invented
    assert m.date.derivation.startswith("unresolved:")
    assert [e.quote for e in m.evidence if e.field == "date"] == [words]


def test_a_resolvable_date_wins_over_a_partial_one(extract):
    (m,) = extract("북한 외교관 1명이 2019년 5월 잠적했다.", published=None)
    assert m.date.value == "2019-05"


# DT-ANCHOR: "N 이후 처음" frames the happening with an earlier time point, it does not date it


@pytest.mark.parametrize("text, value", [
    ("북한 병사 1명이 지난 5일 군사분계선을 넘어 귀순했는데, 2017년 11월 이후 처음이다.", "2024-03-05"),
    ("2017년 11월 이후 처음으로 북한 병사 1명이 귀순했다고 합참이 밝혔다.", "2024"),
    ("북한 외교관이 2019년 이래 4년 만에 망명한 것으로 알려졌다.", "2024"),
])
def test_first_since_does_not_date(extract, text, value):
    (m,) = extract(text, published="2024-03-15")
    assert m.date.value == value


def test_since_a_day_still_dates_a_disappearance(extract):
    (m,) = extract("북한 노동자 2명이 지난 5일 이후 연락이 끊겨 행방불명됐다.", published="2024-03-15")
    assert m.date.value == "2024-03-05"


# DT-ANCHOR: a bare day ("14일") dates the happening or the statement by its place in the sentence


@pytest.mark.parametrize("text, value", [
    # after the happening's subject, before its verb: the happening's day (this month or last)
    ("북한 주민 2명이 12일 새벽 목선을 타고 서해 북방한계선을 넘어 귀순했다고 군 당국이 밝혔다.", "2024-03-12"),
    ("북한 병사 1명이 20일 오전 중부전선 군사분계선을 넘어 귀순했다.", "2024-02-20"),
    ("중국 공안이 탈북민 6명을 9일 밤 북한으로 돌려보낸 것으로 알려졌다.", "2024-03-09"),
])
def test_a_bare_day_in_the_happenings_clause_dates_it(extract, text, value):
    (m,) = extract(text, published="2024-03-15")
    assert m.date.value == value


@pytest.mark.parametrize("text", [
    # after the speaker, or in the reporting clause after the happening: the statement's day
    "국방부는 14일 북한 병사 1명이 동부전선 군사분계선을 넘어 귀순했다고 밝혔다.",
    "북한 병사 1명이 동부전선 군사분계선을 넘어 귀순했다고 국방부가 14일 밝혔다.",
    '세네갈 외교부 대변인은 11일 "북한이 다카르 대사관을 폐쇄했다"며 "이유는 모른다"고 말했다.',
])
def test_a_bare_day_of_the_statement_does_not_date_the_happening(extract, text):
    (m,) = extract(text, published="2024-03-15")
    assert m.date.value == "2024"


def test_a_day_of_the_same_month_takes_the_month_named_before(extract):
    text = ("몽골 국경에서 지난달 3일 탈북민 4명이 체포됐고, 이들은 같은 달 21일 북한으로 강제 송환됐다.")
    by_type = {m.type: m for m in extract(text, published="2024-03-15")}
    assert by_type["attempted_defection"].date.value == "2024-02-03"
    assert by_type["repatriation"].date.value == "2024-02-21"


def test_the_precedent_after_the_topic_is_its_own_background_happening(extract):
    # "A가 …한 것은 B가 …한 이후 처음": B's trigger is B's own, A is the news
    text = "아시아 주재 북한 외교관이 한국행을 택한 것은 2018년 하노이 주재 북한 3등서기관이 아내와 함께 망명한 이후 처음이다."
    found = extract(text, published="2024-03-15")
    background = [m for m in found if m.background]
    assert [(m.date.value, m.origin.country) for m in background] == [("2018", "VN")]
    news = [m for m in found if not m.background]
    assert [m.date.value for m in news] == ["2024"]
