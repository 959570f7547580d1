"""Render a docxtpl template to bytes, in the sandboxed environment."""
from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import functools
import io
import os
import re
import zipfile

from .environment import make_environment

ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def build_time() -> dt.datetime:
    """Now, or SOURCE_DATE_EPOCH when set (reproducible builds: same input, same bytes)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).replace(tzinfo=None)
    return dt.datetime.now().replace(microsecond=0)


def _stable_zip(data: bytes) -> bytes:
    """The same zip with fixed member timestamps: python-docx stamps every part with the
    current time, which would make identical documents differ byte for byte."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = info.external_attr
            dst.writestr(member, src.read(info.filename))
    return out.getvalue()


_BODY_DECLARATIONS = re.compile(r'<w:body(?:\s+xmlns:[\w.-]+="[^"]*")+\s*>')
# Tags that make a table's rows differ in cell count, which docxtpl's fix_tables rebalances.
_COLUMN_TAGS = re.compile(r"{%-?\s*tc\s|colspan")
_CHUNK = 1 << 20
# docxtpl's escapes in a template's text, and the characters they stand for.
_ESCAPED = {"{_{": "&#123;&#123;", "}_}": "&#125;&#125;", "{_%": "&#123;%", "%_}": "%&#125;"}
_TEMPLATE_ESCAPES = re.compile("|".join(re.escape(k) for k in _ESCAPED))


@functools.cache
def _template_class():
    from docx.oxml.parser import element_class_lookup
    from docxtpl import DocxTemplate  # heavy: imported where used
    from lxml import etree

    class WholeDocumentTemplate(DocxTemplate):
        """docxtpl, except that the rendered body reaches the document by one parse of the
        whole document instead of a move of the body's nodes between lxml documents.

        lxml moves nodes between documents in more than linear time: 2,2 million nodes (a
        20 000-row insats table) took 15 s, 100 000 rows about 400 s. Parsing the whole
        document once costs ~1 s for the same nodes. docxtpl's own parse of the body, for
        fix_tables, is kept only for templates whose rows can differ in cell count
        ({%tc %} loops, colspan); elsewhere it changes nothing and costs a second tree.
        The parser is python-docx's element classes without its blank-text removal, so
        a rendered " " in a cell stays. The output is docxtpl's, byte for byte."""

        def render_xml_part(self, src_xml, part, context, jinja_env=None):
            """docxtpl's, except for its escapes: docxtpl lets a template show ``{{`` by
            writing ``{_{`` (and ``}_}``, ``{_%``, ``%_}``), but undoes them on the rendered
            XML, so a cell's "{_{" came out as "{{". Here the escapes are resolved in the
            template before Jinja (as character references Jinja does not read) and the
            rendered values are left exactly as typed."""
            src_xml = _TEMPLATE_ESCAPES.sub(lambda m: _ESCAPED[m.group(0)], src_xml)
            src_xml = re.sub(r"<w:p([ >])", r"\n<w:p\1", src_xml)
            self.current_rendering_part = part
            template = (jinja_env or make_environment()).from_string(src_xml)
            dst_xml = template.render(context)
            dst_xml = re.sub(r"\n<w:p([ >])", r"<w:p\1", dst_xml)
            return self.resolve_listing(dst_xml)

        def build_xml(self, context, jinja_env=None):
            self._column_tags = bool(_COLUMN_TAGS.search(self.get_xml()))
            return super().build_xml(context, jinja_env)

        def fix_tables(self, xml):
            return super().fix_tables(xml) if self._column_tags else xml

        def fix_docpr_ids(self, tree):
            if not isinstance(tree, str):  # else renumbered on the parsed document
                super().fix_docpr_ids(tree)

        def map_tree(self, tree):
            whole = etree.tostring(self.docx._element, encoding="unicode")
            start, end = whole.find("<w:body"), whole.rfind("</w:body>")
            if start < 0 or end < 0:  # not the usual w: prefix: docxtpl's own way
                if isinstance(tree, str):
                    tree = super().fix_tables(tree)
                    super().fix_docpr_ids(tree)
                return super().map_tree(tree)
            if isinstance(tree, str):
                body = tree
            else:
                body = etree.tostring(tree, encoding="unicode")
                tree.clear()  # frees the body's nodes before the document's are parsed
            # Serialised alone, the body repeats the document's namespace declarations.
            redundant = _BODY_DECLARATIONS.match(body)
            parser = etree.XMLParser(resolve_entities=False, huge_tree=True)
            parser.set_element_class_lookup(element_class_lookup)
            parser.feed(whole[:start])  # fed in pieces: never a second copy of the body
            if redundant:
                parser.feed("<w:body>")
            for i in range(redundant.end() if redundant else 0, len(body), _CHUNK):
                parser.feed(body[i:i + _CHUNK])
            del body
            parser.feed(whole[end + len("</w:body>"):])
            root = parser.close()
            if isinstance(tree, str):  # docxtpl's fix_docpr_ids, in python-docx's xpath dialect
                for elt in root.xpath("//wp:docPr"):
                    self.docx_ids_index += 1
                    elt.attrib["id"] = str(self.docx_ids_index)
            # Saving serialises the part's element; python-docx reads the same element.
            self.docx._part._element = root
            self.docx._element = root

    return WholeDocumentTemplate


LOGO_HEIGHT_CM, LOGO_MAX_WIDTH_CM = 2.4, 7.0
LANGUAGE = "sv-SE"


_LOGO: "contextvars.ContextVar[bytes | None]" = contextvars.ContextVar("finsam_logo", default=None)


@contextlib.contextmanager
def folder_logo(data: bytes | None):
    """Within the block, documents whose context gives no ``logo`` get this one (the
    folder's logo, read by read.folder) on their cover."""
    token = _LOGO.set(data)
    try:
        yield
    finally:
        _LOGO.reset(token)


def _image_size(data: bytes) -> tuple[float, float] | None:
    """(width, height) in any unit of a PNG, JPEG, GIF or SVG logo, or None."""
    if data.lstrip()[:5] in (b"<?xml", b"<svg ") or b"<svg" in data[:1024]:
        from .logo import svg_size

        return svg_size(data)
    from docx.image.exceptions import UnrecognizedImageError
    from docx.image.image import Image

    try:
        image = Image.from_blob(data)
    except (UnrecognizedImageError, ValueError, IndexError, KeyError, OSError):
        return None
    if not image.px_width or not image.px_height:
        return None
    return image.px_width / (image.horz_dpi or 72), image.px_height / (image.vert_dpi or 72)


def _logo(tpl, data):
    """The context's ``logo`` (image bytes) as an InlineImage no taller than the cover wants."""
    from docx.shared import Cm

    if data is None or not isinstance(data, (bytes, bytearray)):
        return data  # None, or already an InlineImage
    size = _image_size(bytes(data))
    if size is None:
        return None  # not an image Word can show: the cover goes without
    width, height = Cm(LOGO_HEIGHT_CM * size[0] / size[1]), Cm(LOGO_HEIGHT_CM)
    if width > Cm(LOGO_MAX_WIDTH_CM):
        width, height = Cm(LOGO_MAX_WIDTH_CM), Cm(LOGO_MAX_WIDTH_CM * size[1] / size[0])
    if data.lstrip()[:5] in (b"<?xml", b"<svg ") or b"<svg" in bytes(data[:1024]):
        from .logo import svg_inline

        return svg_inline(tpl, bytes(data), width, height)
    from docxtpl import InlineImage

    return InlineImage(tpl, io.BytesIO(bytes(data)), width=width, height=height)


_PLAIN = None


def _plain_environment():
    """The sandboxed environment without autoescape, for text that is not XML (core properties)."""
    global _PLAIN
    if _PLAIN is None:
        _PLAIN = make_environment().overlay(autoescape=False)
    return _PLAIN


def _core_properties(document, context: dict) -> None:
    """The document's own title and author (Jinja in the template's core properties,
    rendered with the context), Swedish, and the build's time as created and modified."""
    from ..names import clean_text

    props = document.core_properties
    for attr in ("title", "author", "subject", "keywords"):
        source = getattr(props, attr)
        if source and ("{{" in source or "{%" in source):
            setattr(props, attr, " ".join(clean_text(_plain_environment().from_string(source).render(context)).split()))
    now = build_time()
    props.created = props.modified = now
    props.last_modified_by = "finsam"
    props.language = LANGUAGE
    props.revision = 1


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _keep_with_next(p) -> None:
    from docx.oxml.ns import qn

    ppr = p.get_or_add_pPr()
    if ppr.find(qn("w:keepNext")) is None:
        ppr.insert(1 if ppr.find(qn("w:pStyle")) is not None else 0, ppr.makeelement(qn("w:keepNext"), {}))


def keep_table_ends(body) -> None:
    """Rules that need the rendered rows: a table's last row never stands alone at the top
    of a page (the row before it keeps with it), and a note the template keeps with what
    follows it (keepNext) right after a table stays with the table's last row."""
    for tbl in body.iterchildren(_W + "tbl"):
        rows = tbl.findall(_W + "tr")
        if len(rows) >= 3:
            for p in rows[-2].iter(_W + "p"):
                _keep_with_next(p)
        nxt = tbl.getnext()
        spacer = None
        if nxt is not None and nxt.tag == _W + "p" and not "".join(t.text or "" for t in nxt.iter(_W + "t")).strip():
            spacer, nxt = nxt, nxt.getnext()
        if nxt is not None and nxt.tag == _W + "p" and nxt.find(f"{_W}pPr/{_W}keepNext") is not None \
                and nxt.find(f"{_W}pPr/{_W}pStyle") is None and rows:
            for p in rows[-1].iter(_W + "p"):
                _keep_with_next(p)
            if spacer is not None:
                _keep_with_next(spacer)


def _style_num(document, style_name: str):
    """(style id, abstractNumId) of a paragraph style numbered by the numbering part, or None."""
    from docx.oxml.ns import qn

    try:
        style = document.styles[style_name]
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return None
    num_id = style.element.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
    if num_id is None:
        return None
    for num in numbering.iterchildren(qn("w:num")):
        if num.get(qn("w:numId")) == num_id.get(qn("w:val")):
            abstract = num.find(qn("w:abstractNumId"))
            return (style.style_id, abstract.get(qn("w:val"))) if abstract is not None else None
    return None


def restart_numbering(document, style_name: str = "List Number") -> None:
    """Each numbered list (consecutive paragraphs in the List Number style) counts from 1: a
    style's numbering runs on through the whole document, so every list but the first gets
    its own w:num with a start override."""
    from docx.oxml.ns import qn

    found = _style_num(document, style_name)
    if found is None:
        return
    style_id, abstract_id = found
    body = document.element.body
    items = [ps.getparent().getparent() for ps in body.iter(qn("w:pStyle")) if ps.get(qn("w:val")) == style_id]
    if len(items) < 2:
        return
    numbering = document.part.numbering_part.element
    next_id = 1 + max((int(n.get(qn("w:numId"))) for n in numbering.iterchildren(qn("w:num"))), default=0)
    previous = None
    first = True
    for p in items:
        if previous is None or p.getprevious() is not previous:
            if first:
                first, num_id = False, None  # the first list keeps the style's own numbering
            else:
                num = numbering.makeelement(qn("w:num"), {qn("w:numId"): str(next_id)})
                abstract = num.makeelement(qn("w:abstractNumId"), {qn("w:val"): abstract_id})
                override = num.makeelement(qn("w:lvlOverride"), {qn("w:ilvl"): "0"})
                override.append(override.makeelement(qn("w:startOverride"), {qn("w:val"): "1"}))
                num.extend((abstract, override))
                numbering.append(num)
                num_id, next_id = str(next_id), next_id + 1
        if num_id is not None:
            numpr = p.get_or_add_pPr().get_or_add_numPr()  # python-docx keeps the schema's order
            numpr.get_or_add_ilvl().val = 0
            numpr.get_or_add_numId().val = int(num_id)
        previous = p


def render_docx(template, context: dict) -> bytes:
    """Render ``template`` (a file name among finsam's templates, or a path) with ``context``.

    ``context["logo"]``, optional, is the förbund's logo as image bytes (PNG, JPEG or SVG;
    else the folder's, ``folder_logo``) or a docxtpl InlineImage; the templates show it on the cover. After
    rendering, the table of contents gets one entry per heading (``render.toc``) and the
    core properties their title, author, language and dates."""
    from . import toc

    if isinstance(template, str):
        from ..resources import template as packaged

        template = packaged(template)
    tpl = _template_class()(io.BytesIO(template.read_bytes()))
    context = dict(context)
    context["logo"] = _logo(tpl, context.get("logo") or _LOGO.get())
    from . import charts  # stdlib only; xlsxwriter is imported when a chart is drawn

    if charts.charts_in(context):
        context = charts.bind(tpl, context)  # each Chart becomes a native Word chart
    tpl.render(context, jinja_env=make_environment(), autoescape=True)
    toc.fill(tpl.docx.element)
    restart_numbering(tpl.docx)
    keep_table_ends(tpl.docx.element.body)
    _core_properties(tpl.docx, context)
    buf = io.BytesIO()
    tpl.save(buf)
    return _stable_zip(buf.getvalue())
