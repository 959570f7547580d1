"""The table of contents of a rendered document, and its page numbers.

The templates hold a Word TOC field (``layouts.Builder.toc``). Which headings a document has
is known only after rendering (an insats, a text of the plan), so ``fill`` writes the
field's result anew: one entry per heading of the field's levels, each a hyperlink to a
bookmark on its heading with a PAGEREF field for its page. That is what Word itself writes
when it updates a TOC, so Word's F9 (and LibreOffice's index update) work on it unchanged.

Page numbers need a layout. ``set_pages`` writes them into a rendered docx from the
entries LibreOffice computed for it (``render.pdf.paginate``); without LibreOffice the
PAGEREF results stay empty and the settings' w:updateFields makes Word offer to fill them
when the document is opened.
"""
from __future__ import annotations

import io
import re
import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_HEADING = re.compile(r"Heading([1-9])$")
_LEVELS = re.compile(r'\\o\s+"(\d)-(\d)"')
BOOKMARK = "_Toc{:08d}"


def _q(tag: str) -> str:
    return f"{{{W}}}{tag}"


def _text(p) -> str:
    return "".join(t.text or "" for t in p.iter(_q("t")))


def _style(p) -> str:
    ppr = p.find(_q("pPr"))
    style = ppr.find(_q("pStyle")) if ppr is not None else None
    return style.get(_q("val"), "") if style is not None else ""


def _toc_paragraph(body):
    for p in body.iterchildren(_q("p")):
        for instr in p.iter(_q("instrText")):
            if (instr.text or "").strip().startswith("TOC"):
                return p, instr.text
    return None, None


def headings(body, levels=(1, 3)) -> list[tuple[object, int, str]]:
    """(paragraph, level, text) of every non-empty top-level heading within ``levels``."""
    lo, hi = levels
    out = []
    for p in body.iterchildren(_q("p")):
        m = _HEADING.match(_style(p))
        if m and lo <= int(m.group(1)) <= hi:
            text = " ".join(_text(p).split())
            if text:
                out.append((p, int(m.group(1)), text))
    return out


def fill(document) -> int:
    """Write the entries of the TOC field in ``document`` (a w:document element) and the
    bookmarks they link to. Returns the number of entries (0: no TOC field or no heading)."""
    from lxml import etree

    body = document.find(_q("body"))
    field, instruction = _toc_paragraph(body)
    if field is None:
        return 0
    m = _LEVELS.search(instruction)
    found = headings(body, (int(m.group(1)), int(m.group(2))) if m else (1, 3))
    if not found:
        return 0
    ids = [int(b.get(_q("id"))) for b in document.iter(_q("bookmarkStart")) if (b.get(_q("id")) or "").isdigit()]
    next_id = max(ids, default=0) + 1

    def el(parent, tag, **attrs):
        child = etree.SubElement(parent, _q(tag))
        for key, value in attrs.items():
            child.set(_q(key), value)
        return child

    def run(parent, kind=None, text=None):
        r = el(parent, "r")
        if kind in ("begin", "separate", "end"):
            el(r, "fldChar", fldCharType=kind)
        elif kind == "instr":
            t = el(r, "instrText")
            t.set(XML_SPACE, "preserve")
            t.text = text
        elif kind == "tab":
            el(r, "tab")
        else:
            t = el(r, "t")
            t.set(XML_SPACE, "preserve")
            t.text = text or ""
        return r

    entries = []
    for i, (heading, level, text) in enumerate(found):
        name = BOOKMARK.format(i + 1)
        start = etree.Element(_q("bookmarkStart"))
        start.set(_q("id"), str(next_id + i))
        start.set(_q("name"), name)
        end = etree.Element(_q("bookmarkEnd"))
        end.set(_q("id"), str(next_id + i))
        ppr = heading.find(_q("pPr"))
        if ppr is not None:
            ppr.addnext(start)
        else:
            heading.insert(0, start)
        heading.append(end)
        p = etree.Element(_q("p"))
        ppr = el(p, "pPr")
        el(ppr, "pStyle", val=f"TOC{level}")
        if i == 0:
            run(p, "begin")
            run(p, "instr", instruction)
            run(p, "separate")
        link = el(p, "hyperlink", anchor=name, history="1")
        run(link, text=text)
        run(link, "tab")
        run(link, "begin")
        run(link, "instr", f" PAGEREF {name} \\h ")
        run(link, "separate")
        run(link, text="")
        run(link, "end")
        if i == len(found) - 1:
            run(p, "end")
        entries.append(p)
    for p in entries:
        field.addprevious(p)
    body.remove(field)
    return len(entries)


def entries(document) -> list[tuple[str, str]]:
    """(text, page) of each entry of the TOC field in ``document`` (a w:document element),
    as a word processor wrote them: text before the last tab, page after it. LibreOffice
    puts the field in a content control (w:sdt), so every paragraph of the body is looked at."""
    body = document.find(_q("body"))
    out: list[tuple[str, str]] = []
    depth, inside, done = 0, False, False
    for p in body.iter(_q("p")):
        parts: list[str] = []
        started = inside
        for node in p.iter(_q("fldChar"), _q("instrText"), _q("t"), _q("tab")):
            tag = node.tag.rsplit("}", 1)[-1]
            if tag == "fldChar":
                kind = node.get(_q("fldCharType"))
                if kind == "begin":
                    depth += 1
                elif kind == "end":
                    depth -= 1
                    if inside and depth == 0:
                        inside, done = False, True
            elif tag == "instrText":
                if depth == 1 and (node.text or "").strip().startswith("TOC"):
                    inside = started = True
            elif started and tag == "t":
                parts.append(node.text or "")
            elif started and tag == "tab" and node.getparent().tag == _q("r"):
                parts.append("\t")
        text = "".join(parts)
        if started and "\t" in text:
            name, _, page = text.rpartition("\t")
            out.append((" ".join(name.split()), page.strip()))
        if done:
            break
    return out


def set_pages(docx: bytes, pages: list[tuple[str, str]]) -> tuple[bytes, int]:
    """``docx`` with the PAGEREF results of its TOC entries set from ``pages`` ((text, page)
    in order, as LibreOffice laid the same document out). Entries are matched in order by
    their text. When every entry got its page, w:updateFields leaves the settings: Word
    need not ask to update on open. Returns (bytes, entries filled)."""
    from lxml import etree

    from .docx import _stable_zip

    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        parts = {info.filename: z.read(info.filename) for info in z.infolist()}
    parser = etree.XMLParser(resolve_entities=False, huge_tree=True, remove_blank_text=False)
    root = etree.fromstring(parts["word/document.xml"], parser)
    body = root.find(_q("body"))
    ours = []
    for link in body.iter(_q("hyperlink")):
        anchor = link.get(_q("anchor"), "")
        if anchor.startswith("_Toc"):
            texts = []
            for r in link.iterchildren(_q("r")):
                if r.find(_q("fldChar")) is not None:
                    break
                texts.extend(t.text or "" for t in r.iter(_q("t")))
            ours.append((link, " ".join("".join(texts).split())))
    filled = 0
    j = 0
    for link, text in ours:
        k = next((i for i in range(j, len(pages)) if pages[i][0] == text), None)
        if k is None:
            continue
        j = k + 1
        page = pages[k][1]
        if not page.isdigit():
            continue
        runs = list(link.iterchildren(_q("r")))
        kinds = [(r.find(_q("fldChar")).get(_q("fldCharType")) if r.find(_q("fldChar")) is not None else None)
                 for r in runs]
        if "separate" not in kinds:
            continue
        result = runs[kinds.index("separate") + 1]
        t = result.find(_q("t"))
        if t is None:
            continue
        t.text = page
        filled += 1
    parts["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    if ours and filled == len(ours) and "word/settings.xml" in parts:
        settings = etree.fromstring(parts["word/settings.xml"], parser)
        for el in settings.findall(_q("updateFields")):
            settings.remove(el)
        parts["word/settings.xml"] = etree.tostring(settings, xml_declaration=True, encoding="UTF-8",
                                                    standalone=True)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return _stable_zip(out.getvalue()), filled


def page_list(docx_path) -> list[tuple[str, str]]:
    """The (text, page) entries of the TOC of the docx at ``docx_path`` (e.g. LibreOffice's)."""
    from lxml import etree

    with zipfile.ZipFile(docx_path) as z:
        data = z.read("word/document.xml")
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, huge_tree=True))
    return entries(root)
