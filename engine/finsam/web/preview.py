"""A preview of a built Word document on the page: HTML from the docx by ``mammoth`` (a
well-kept docx-to-HTML converter that keeps headings, lists and tables and drops layout),
then sanitised by ``nh3`` (the ammonia sanitiser): a fixed set of tags, no attributes that
run code, no scripts, links only to http(s) and in-page anchors, images only as inline
data. The page's Content-Security-Policy forbids inline script as a second line.

A build makes the preview while LibreOffice makes the PDF (``work``), from the docx as
rendered; LibreOffice's page numbers go into its table of contents after that, and into the
preview's by ``with_toc_pages``, so the preview is the one of the finished docx.
"""
from __future__ import annotations

import io
import re

MAX_HTML = 3_000_000   # characters: a longer preview is cut (the document itself is whole)

TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "strong", "em", "b", "i", "u", "s", "sub", "sup",
        "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "a", "img", "blockquote"}
ATTRIBUTES = {"a": {"href", "id"}, "img": {"src", "alt"}, "td": {"colspan", "rowspan"},
              "th": {"colspan", "rowspan"}, "p": {"id"}, "h1": {"id"}, "h2": {"id"}, "h3": {"id"}}


def _attribute(tag: str, name: str, value: str):
    if tag == "a" and name == "href":
        return value if value.startswith(("#", "https://", "http://")) else None
    if tag == "img" and name == "src":
        return value if value.startswith(("data:image/png;", "data:image/jpeg;", "data:image/gif;")) else None
    return value


def sanitise(html: str) -> str:
    import nh3

    return nh3.clean(html, tags=TAGS, attributes=ATTRIBUTES, attribute_filter=_attribute,
                     url_schemes={"http", "https", "data"}, link_rel="noopener noreferrer nofollow",
                     strip_comments=True)


def docx_html(data: bytes) -> str:
    """The document as sanitised HTML."""
    import mammoth

    result = mammoth.convert_to_html(io.BytesIO(data))
    html = result.value
    if len(html) > MAX_HTML:
        html = html[:MAX_HTML] + "<p>… (förhandsvisningen är avkortad; hela dokumentet finns i zip-filen)</p>"
    return sanitise(html)


_TOC_LINK = re.compile(r'(<a href="#(_Toc\d+)"[^>]*>)((?:(?!</a>).)*?)\t</a>', re.S)


def toc_pages(data: bytes) -> dict[str, str]:
    """Bookmark -> page number of each entry of the docx's table of contents that has one
    (``render.toc``'s entries: a hyperlink to ``_Toc…`` whose PAGEREF result is the page)."""
    import zipfile

    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml")
    if b"PAGEREF _Toc" not in xml:
        return {}
    root = etree.fromstring(xml, etree.XMLParser(resolve_entities=False, huge_tree=True))
    pages = {}
    for link in root.iter(w + "hyperlink"):
        anchor = link.get(w + "anchor", "")
        if not anchor.startswith("_Toc"):
            continue
        after = False
        for r in link.iterchildren(w + "r"):
            char = r.find(w + "fldChar")
            if char is not None:
                after = char.get(w + "fldCharType") == "separate"
                continue
            if after:
                text = "".join(t.text or "" for t in r.iter(w + "t"))
                if text.isdigit():
                    pages[anchor] = text
                break
    return pages


def with_toc_pages(html: str, pages: dict[str, str]) -> str:
    """``html`` (``docx_html`` of a docx whose table of contents had no page numbers yet) with
    the page numbers ``pages`` (``toc_pages`` of the finished docx) after each entry's tab."""
    if not pages:
        return html

    def put(m):
        page = pages.get(m.group(2))
        return m.group(0) if page is None else f"{m.group(1)}{m.group(3)}\t{page}</a>"

    return _TOC_LINK.sub(put, html)
