"""A preview of a built Word document on the page: HTML from the docx by ``mammoth`` (a
well-kept docx-to-HTML converter that keeps headings, lists and tables and drops layout),
then sanitised by ``nh3`` (the ammonia sanitiser): a fixed set of tags, no attributes that
run code, no scripts, links only to http(s) and in-page anchors, images only as inline
data. The page's Content-Security-Policy forbids inline script as a second line.
"""
from __future__ import annotations

import io

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
