"""Charts in a template: a caption and the chart's own paragraph, left out (both) when the
context's chart is None or has no figures (``render.charts``)."""
from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH


def chart(b, var: str, caption: str, *others: str) -> None:
    """The chart ``var`` (and ``others``, side by side in the same paragraph) under an
    italic caption that keeps with it. Each chart prints only when it has figures."""
    every = (var,) + others
    b.tag("{%p if " + " or ".join(every) + " %}")
    b.p(caption, italic=True, keep=True)
    par = b.p("".join(f"{{% if {v} %}}{{{{ {v} }}}}{{% endif %}}" for v in every), align=WD_ALIGN_PARAGRAPH.CENTER)
    par.paragraph_format.keep_together = True
    b.tag("{%p endif %}")
