"""Saved web pages: the article's text (trafilatura), its title, date and address."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

from actorgraph.errors import InputError
from actorgraph.ingest.documents import Result, document_from_text

if TYPE_CHECKING:
    from lxml import etree

__all__ = ["html_document"]

logger = logging.getLogger(__name__)

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")

# Elements that start and end a paragraph, in trafilatura's TEI-like output and in plain HTML.
_TEI_BLOCKS = frozenset({"body", "div", "p", "head", "list", "item", "quote", "code", "table", "row", "cell"})
_HTML_BLOCKS = frozenset(
    # a word list reads better than 34 quoted strings one per line
    "address article aside blockquote body caption dd details div dl dt fieldset figcaption figure "  # noqa: SIM905
    "form h1 h2 h3 h4 h5 h6 hr li main ol p pre section summary table td th tr ul".split()
)
_HTML_CHROME = ("script", "style", "nav", "header", "footer", "noscript", "template", "iframe", "svg")
_LINE_BREAKS = frozenset({"lb", "br"})


def html_document(path: str, html: str) -> Result:
    import trafilatura  # here, not at import: it costs ~0.15 s of every start, and most inputs are not HTML

    html = _XML_DECLARATION.sub("", html, count=1)
    # extensive_search would guess a date from any year on the page, e.g. "Copyright 2025" -> 2025-01-01.
    dates = {"extensive_search": False, "original_date": True}
    extracted: Any = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        date_extraction_params=dates,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    text = _block_text(extracted.body, _TEI_BLOCKS) if extracted is not None else ""
    if not text:
        logger.info("%s: trafilatura found no article, using the text of <body>", path)
        text = _body_text(html)
    if not text:
        return InputError(path, "no article text found")
    meta: Any = extracted if extracted is not None else trafilatura.extract_metadata(html, date_config=dates)
    # htmldate only returns YYYY-MM-DD, which document_from_text accepts
    return document_from_text(text, title=meta.title, date=meta.date, url=meta.url, origin=path)


def _body_text(html: str) -> str:
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    body = root.find("body")
    if body is None:
        return ""
    for element in body.xpath(" | ".join(f".//{tag}" for tag in _HTML_CHROME)):
        element.drop_tree()
    return _block_text(body, _HTML_BLOCKS)


def _block_text(root: etree._Element | None, blocks: frozenset[str]) -> str:
    """The text under ``root``, one paragraph per block element, paragraphs joined by blank lines."""
    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        paragraph = " ".join("".join(current).split())
        if paragraph:
            paragraphs.append(paragraph)
        current.clear()

    def walk(element: etree._Element) -> None:
        if isinstance(element.tag, str):  # not a comment or processing instruction
            block = element.tag in blocks
            if block:
                flush()
            if element.tag in _LINE_BREAKS:
                current.append(" ")
            current.append(element.text or "")
            for child in element:
                walk(child)
                current.append(child.tail or "")
            if block:
                flush()

    if root is not None:
        walk(root)
        flush()
    return "\n\n".join(paragraphs)
