"""The page's metadata read from the one parsed tree equals trafilatura.extract_metadata's (which
parses again and runs htmldate once more, for fields we never read)."""
import pytest
import trafilatura
from lxml import etree
from trafilatura.utils import load_html

from crossings.clean.html import extract_html, page_metadata

PAGES = [  # invented pages: meta tags, JSON-LD, bare markup, a lower-case site name, a Twitter handle
    """<html><head><title>Envoy leaves post | The Daily Example</title>
       <meta property="og:site_name" content="The Daily Example"><meta name="author" content="Jane Roe">
       </head><body><article><h1>Envoy leaves post</h1><p>An envoy left his post in a northern city
       last week, the paper reported, citing two officials.</p></article></body></html>""",
    """<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Border quiet",
       "author": {"@type": "Person", "name": "Kim Minsu"}, "publisher": {"name": "example wire"}}</script>
       </head><body><p>The border was quiet on Monday, residents said, after a week of patrols.</p></body></html>""",
    """<html><head><meta name="twitter:site" content="@examplenews"><title>Short</title></head>
       <body><div><p>Officials met on Tuesday to discuss the fishing season and the weather.</p></div></body></html>""",
    """<html><body><p>No head at all, only a paragraph of text long enough to be kept by the extractor.</p></body></html>""",
]
URL = "https://news.example.org/world/2021/03/04/story.html"


@pytest.mark.parametrize("html", PAGES)
@pytest.mark.parametrize("url", [None, URL])
def test_metadata_from_the_shared_tree_equals_trafilaturas(html, url):
    ours = page_metadata(load_html(html), url)
    theirs = trafilatura.extract_metadata(html, default_url=url)
    assert (ours.title, ours.author, ours.sitename) == (theirs.title, theirs.author, theirs.sitename)


def test_extracting_leaves_the_shared_tree_as_parsed():
    tree = load_html(PAGES[0])
    before = etree.tostring(tree)
    text, info = extract_html(PAGES[0], URL)
    assert "An envoy left his post" in text and info["outlet"] == "The Daily Example"
    trafilatura.extract(tree, url=URL)
    assert etree.tostring(tree) == before
