"""trafilatura's options are built once and copied per page: the same options, and the same
text, as trafilatura.extract builds from its keyword arguments on every call."""
import trafilatura
from trafilatura.settings import Extractor
from trafilatura.utils import load_html

from crossings.clean.html import EXTRACT_ARGS, extraction_options

PAGE = ("<html><head><title>Harbour news</title></head><body><nav>Home | World</nav><article><h1>Harbour news</h1>"
        "<p>A fishing boat drifted for three days before the coast guard towed it into the harbour on Tuesday.</p>"
        "<p>All four people aboard were said to be in good health, officials told reporters at the port.</p>"
        "<table><tr><td>Table cell text that is left out</td></tr></table>"
        "<p>The boat's engine had failed in heavy seas, according to a statement from the port authority.</p>"
        "</article><div class='comments'>A reader's comment</div><footer>© Example</footer></body></html>")


def test_the_copied_options_equal_those_extract_builds():
    for url in (None, "https://example.org/2024/05/harbour", "https://example.org/caf\u00e9"):
        built = Extractor(output_format="txt", comments=False, tables=False, precision=False, dedup=False, url=url)
        ours = extraction_options(url)
        assert {k: getattr(ours, k) for k in Extractor.__slots__} == {k: getattr(built, k) for k in Extractor.__slots__}


def test_the_text_is_what_extract_gives_with_its_arguments():
    url = "https://example.org/2024/05/harbour"
    expected = trafilatura.extract(load_html(PAGE), url=url, **EXTRACT_ARGS)
    assert expected and "fishing boat" in expected
    assert trafilatura.extract(load_html(PAGE), options=extraction_options(url)) == expected
