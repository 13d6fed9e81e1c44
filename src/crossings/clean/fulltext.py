"""A page's whole text, cheaply: every text node of the page's body but its scripts, styles,
navigation, asides and footer, a line per block. Stored in place of the article text for a page nothing can be extracted from
(crossings.clean.html decides), so such a page never pays for looking for its article."""
from __future__ import annotations

import unicodedata

from lxml import etree

UNSEEN = ("script", "style", "noscript", "template", "nav", "aside", "footer")  # never an article's
BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
    "ol", "p", "pre", "section", "table", "td", "th", "title", "tr", "ul",
})


def page_text(tree) -> str:
    """The text of the page's body (of the whole page when it has none), a line per block,
    spaces collapsed. Removes the unseen elements from `tree` and marks its blocks' edges."""
    etree.strip_elements(tree, *UNSEEN, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    body = tree.find(".//body")
    body = tree if body is None else body
    for el in body.iter(*BLOCKS):  # a line break where each block opens and closes
        el.text = "\n" + (el.text or "")
        el.tail = "\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in etree.tostring(body, method="text", encoding="unicode",
                                                             with_tail=False).split("\n"))
    return unicodedata.normalize("NFC", "\n".join(_printable(line) for line in lines if line))


def _printable(line: str) -> str:
    """The line without the characters trafilatura drops too (zero-width spaces, controls)."""
    return line if line.isprintable() else "".join(ch for ch in line if ch.isprintable() or ch.isspace())
