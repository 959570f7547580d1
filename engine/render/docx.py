"""Render a docxtpl template to bytes, in the sandboxed environment."""
from __future__ import annotations

import datetime as dt
import io
import os
import zipfile
from pathlib import Path

from .environment import make_environment

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
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


def render_docx(template: Path, context: dict) -> bytes:
    from docxtpl import DocxTemplate  # heavy: imported where used

    tpl = DocxTemplate(str(template))
    tpl.render(context, jinja_env=make_environment(), autoescape=True)
    buf = io.BytesIO()
    tpl.save(buf)
    return _stable_zip(buf.getvalue())
