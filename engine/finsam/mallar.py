"""Write the Word templates (and, with --arbetsbocker, the blank workbooks) from their
builders: ``python -m finsam.mallar templates`` in the source tree (``make mallar``).
Every template an output of a document kind names is built by its layout module."""
from __future__ import annotations

import importlib
import io
import sys
from pathlib import Path

EXTRA_LAYOUTS = (("sammanstallning.docx", "sammanstallning"),)  # the roll-up of many förbund


def layouts() -> list[tuple[str, str]]:
    from .kinds import all_kinds

    out = []
    for kind in all_kinds():
        for output in kind.outputs:
            if output.template and output.layout and (output.template, output.layout) not in out:
                out.append((output.template, output.layout))
    return out + list(EXTRA_LAYOUTS)


def write_templates(target: Path) -> list[Path]:
    from .render.docx import _stable_zip

    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name, layout in layouts():
        module = importlib.import_module(f"finsam.render.layouts.{layout}")
        buf = io.BytesIO()
        module.build().save(buf)
        path = target / name
        path.write_bytes(_stable_zip(buf.getvalue()))  # same builder, same bytes
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        sys.exit("Användning: python -m finsam.mallar MAPP")
    for path in write_templates(Path(args[0])):
        print(path)


if __name__ == "__main__":
    main()
