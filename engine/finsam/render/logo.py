"""An SVG logo on the cover.

python-docx places raster images only. Word (2016 and later) shows an SVG that a picture
carries as an ``asvg:svgBlip`` extension of its ``a:blip``; the blip itself must name a
raster fallback, for which a transparent PNG of the logo's proportions serves (an older Word
shows an empty frame of the right size instead of an error). LibreOffice 7.4 shows the
fallback, so its PDF has no logo: a PNG logo is the one that shows everywhere. The SVG is read
only for its size, with an XML parser that resolves no entities and loads nothing.
"""
from __future__ import annotations

import io
import re
import struct
import zlib

SVG_EXT_URI = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"
ASVG = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"
_LENGTH = re.compile(r"^\s*([0-9.]+)\s*(px|pt|mm|cm|in)?\s*$")
_TO_PX = {None: 1.0, "px": 1.0, "pt": 96 / 72, "mm": 96 / 25.4, "cm": 96 / 2.54, "in": 96.0}


def svg_size(data: bytes) -> tuple[float, float] | None:
    """(width, height) of an SVG from its width/height or viewBox, or None if it is not one."""
    from lxml import etree

    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True,
                                                      load_dtd=False, huge_tree=False))
    except etree.XMLSyntaxError:
        return None
    if root.tag.rsplit("}", 1)[-1] != "svg":
        return None
    w, h = (_LENGTH.match(root.get(k) or "") for k in ("width", "height"))
    if w and h and float(w.group(1)) > 0 and float(h.group(1)) > 0:
        return float(w.group(1)) * _TO_PX[w.group(2)], float(h.group(1)) * _TO_PX[h.group(2)]
    box = (root.get("viewBox") or "").replace(",", " ").split()
    try:
        _, _, bw, bh = (float(x) for x in box)
    except ValueError:
        return None
    return (bw, bh) if bw > 0 and bh > 0 else None


def transparent_png(width: int, height: int) -> bytes:
    """A fully transparent RGBA PNG of ``width`` × ``height`` pixels."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    raw = b"".join(b"\x00" + b"\x00\x00\x00\x00" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


class SvgInline:
    """Like docxtpl's InlineImage, for an SVG: a picture whose blip is a transparent PNG
    of the same proportions, with the SVG as its svgBlip extension."""

    def __init__(self, tpl, svg: bytes, width, height):
        self.tpl, self.svg, self.width, self.height = tpl, svg, width, height

    def _insert_image(self) -> str:
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.opc.part import Part
        from docx.oxml.ns import qn
        from lxml import etree

        part = self.tpl.current_rendering_part
        ratio = self.width / self.height
        px = (max(1, round(40 * ratio)), 40) if ratio >= 1 else (40, max(1, round(40 / ratio)))
        inline = part.new_pic_inline(io.BytesIO(transparent_png(*px)), self.width, self.height)
        package = part.package
        svg_part = Part(package.next_partname("/word/media/image%d.svg"), "image/svg+xml", self.svg, package)
        r_id = part.relate_to(svg_part, RT.IMAGE)
        blip = inline.find(".//" + qn("a:blip"))
        ext_lst = etree.SubElement(blip, qn("a:extLst"))
        ext = etree.SubElement(ext_lst, qn("a:ext"))
        ext.set("uri", SVG_EXT_URI)
        svg_blip = etree.SubElement(ext, f"{{{ASVG}}}svgBlip", nsmap={"asvg": ASVG})
        svg_blip.set(qn("r:embed"), r_id)
        return ("</w:t></w:r><w:r><w:drawing>%s</w:drawing></w:r><w:r><w:t xml:space=\"preserve\">"
                % etree.tostring(inline, encoding="unicode"))

    __str__ = __html__ = _insert_image


def svg_inline(tpl, svg: bytes, width, height) -> SvgInline:
    return SvgInline(tpl, svg, width, height)

