"""A page no extractor could read keeps its whole text and skips trafilatura; a page with a gate
word anywhere trafilatura could find one, however the markup hides it, pays full cleaning."""
import json

import pytest
from trafilatura.utils import load_html

from crossings.clean import clean_page
from crossings.clean.fulltext import page_text
from crossings.clean.html import extract_html, page_metadata, whole_text
from crossings.document import RawPage
from crossings.extract import extract_document
from crossings.extract.page_cues import may_yield

URL = "https://news.example.org/world/2023/05/02/story.html"
CHROME = "<nav>Home | World | Sport</nav><div class='related'>More stories from the valley desk</div>"
FILLER = "<p>The council met on Tuesday to discuss the budget for the coming year and its roads.</p>" * 3


def page(body: str, head: str = "<title>Council meets</title>") -> str:
    return f"<html><head>{head}</head><body>{CHROME}<article>{body}{FILLER}</article><footer>© Example</footer></body></html>"


HIDDEN = {  # invented pages whose only gate word is hidden in the markup
    "inline tags split a word": page("<p>A diplomat from <b>Pyong</b>yang defected to Seoul last month.</p>"),
    "a drop cap after a heading": page("<h2>Report</h2><p><span class='cap'>N</span>K officials fled in May.</p>"),
    "decimal references for Hangul": page("<p>&#48513;&#54620; 외교관이 지난달 한국으로 망명했다고 밝혔다.</p>"),
    "hex references for Hangul": page("<p>&#xBD81;&#xD55C; 외교관이 지난달 한국으로 망명했다.</p>"),
    "references escaped twice": page("<p>&amp;#48513;&amp;#54620; 외교관이 지난달 한국으로 망명했다.</p>"),
    "a soft hyphen inside a word": page("<p>A diplomat of Nor&shy;th Ko&shy;rea defected last month.</p>"),
    "a zero-width space inside a word": page("<p>A diplomat of North Ko\u200brea defected last month.</p>"),
    "a word break inside a word": page("<p>A diplomat from Pyong<wbr>yang defected last month.</p>"),
    "decomposed Hangul": page("<p>\u1107\u116e\u11a8\u1112\u1161\u11ab 외교관이 지난달 망명했다.</p>"),
    "a non-breaking space": page("<p>A diplomat of North&nbsp;Korea defected last month.</p>"),
    "a comment inside a word": page("<p>A diplomat from Pyong<!-- x -->yang defected last month.</p>"),
    "a CDATA section": page("<p>A diplomat from <![CDATA[x]]>Pyongyang defected last month.</p>"),
    "the title only in a meta tag": page("", head='<meta property="og:title" content="North Korean envoy defects">'),
    "the body only in JSON-LD": (
        '<html><head><script type="application/ld+json">'
        + json.dumps({"@type": "NewsArticle", "articleBody": "북한 외교관이 지난달 한국으로 망명했다고 정부 당국자가 밝혔다. " * 3})
        + f"</script></head><body>{CHROME}</body></html>"),
}


@pytest.mark.parametrize("name", HIDDEN)
def test_a_page_with_a_hidden_gate_word_is_cleaned_in_full(name):
    html = HIDDEN[name]
    assert extract_html(html, URL, may_yield) == extract_html(html, URL)
    tree = load_html(html)
    judged = whole_text(tree, page_metadata(tree, URL).title)
    assert judged is None or may_yield(judged)


@pytest.mark.parametrize("name", HIDDEN)
def test_what_trafilatura_keeps_never_holds_a_word_the_whole_text_lacks(name):
    """The superset the cheap path rests on, tested where it could break: full cleaning's text
    holds a gate word only if the whole text the page is judged on does."""
    html = HIDDEN[name]
    text, _ = extract_html(html, URL)
    tree = load_html(html)
    judged = whole_text(tree, page_metadata(tree, URL).title)
    if may_yield(text):
        assert judged is None or may_yield(judged)


def test_the_hidden_words_do_reach_the_article_text():
    """The pages above are no straw men: full cleaning does give the word they hide."""
    found = {name: may_yield(extract_html(html, URL)[0]) for name, html in HIDDEN.items()}
    assert found["inline tags split a word"] and found["references escaped twice"]
    assert found["a soft hyphen inside a word"] and found["decomposed Hangul"]
    assert found["the title only in a meta tag"] and found["the body only in JSON-LD"]
    assert "북한" in extract_html(HIDDEN["references escaped twice"], URL)[0]


def test_an_ampersand_left_in_the_text_takes_the_full_path():
    tree = load_html(page("<p>Q&amp;A: the council and its budget.</p>"))
    assert whole_text(tree, None) is None


def test_a_page_without_gate_words_keeps_its_whole_text():
    html = page("<p>Shares in the carmaker rose 4 percent after quarterly results.</p>")
    text, meta = extract_html(html, URL, may_yield)
    full, full_meta = extract_html(html, URL)
    assert "valley desk" in text and "valley desk" not in full  # trafilatura never ran
    assert "Shares in the carmaker rose 4 percent" in text and meta == full_meta
    raw = RawPage(source="t", content=html, kind="html", url=URL, lang="en")
    assert extract_document(clean_page(raw, may_yield)) == [] == extract_document(clean_page(raw))


def test_a_page_that_yields_an_event_is_stored_as_before():
    html = page("<p>A North Korean diplomat stationed in Bangkok defected to South Korea last month, "
                "officials said.</p>")
    raw = RawPage(source="t", content=html, kind="html", url=URL, lang="en", published="2023-05-02")
    cheap, full = clean_page(raw, may_yield), clean_page(raw)
    assert cheap.text == full.text and "valley desk" not in cheap.text
    assert extract_document(cheap) == extract_document(full) != []


def test_page_text_is_a_line_per_block_without_scripts_styles_or_navigation():
    tree = load_html("<html><head><title>T</title><style>p {color: red}</style></head><body><nav>Home | World</nav>"
                     "<div>Top</div><p>a <b>bo</b>ld  <i>move</i></p><script>var x = 1;</script><p>one<br>two</p>"
                     "tail<footer>© Example</footer></body></html>")
    assert page_text(tree) == "Top\na bold move\none\ntwo\ntail"
