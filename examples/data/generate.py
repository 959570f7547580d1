"""Regenerate the example workbooks from the figures in ``examples/data``.

    python examples/data/generate.py

The workbooks are written by the same schema writer that makes the blank workbooks,
so they look exactly like what a förbund fills in. Output is deterministic; a test
checks that the committed files are up to date.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE.parent
sys.path.insert(0, str(HERE))

from finsam.kinds import all_workbooks  # noqa: E402
from finsam.schema.write import write_workbook  # noqa: E402

SCHEMAS = {s.filename: s for s in all_workbooks()}


def examples() -> dict[str, dict[str, tuple[str, dict]]]:
    """folder -> file name -> (schema file name, data)."""
    import sundsvall_2022
    import sundsvall_2023
    import sundsvall_2024
    import vp_examples
    import nns_2023
    import nns_workbook

    def plan(data):
        return {"verksamhetsplan.xlsx": ("verksamhetsplan.xlsx", data)}

    def annual(books, nns=None):
        out = {name: (name, data) for name, data in books.items()}
        if nns is not None:  # the NNS indikatorenkät bilaga (optional workbook)
            out["nns.xlsx"] = ("nns.xlsx", nns_workbook.workbook(nns))
        return out

    from registry import contributions

    return {
        "sundsvall-2022": annual(sundsvall_2022.workbooks()),
        "sundsvall-2023": annual(sundsvall_2023.CORRECTED, nns_2023),
        "sundsvall-2023-publicerad": annual(sundsvall_2023.published(), nns_2023),
        "sundsvall-2024-04-26": sundsvall_2024.MEETINGS,
        "sundsvall-2024-04-26-publicerad": sundsvall_2024.published(),
        "sundsvall-vp-2024": plan(vp_examples.sundsvall()),
        "sundsvall-vp-2024-publicerad": plan(vp_examples.sundsvall(published=True)),
        "harnosand-timra-vp-2022": plan(vp_examples.harnosand_timra()),
        **contributions("example_folders"),  # the newer kinds' own modules
    }


def generate(target: Path = EXAMPLES) -> list[Path]:
    written = []
    for folder, files in examples().items():
        out = target / folder
        out.mkdir(parents=True, exist_ok=True)
        for filename, (schema_name, data) in files.items():
            path = out / filename
            write_workbook(SCHEMAS[schema_name], path, data)
            written.append(path)
    return written


if __name__ == "__main__":
    for p in generate():
        print(p.relative_to(EXAMPLES.parent))
