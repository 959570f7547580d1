"""Many förbund at once: build folders in parallel, and summarise folders for a roll-up.

The worker functions take and return plain data so that a process pool can run them;
a folder that fails is reported with its error and never stops the others.
"""
from __future__ import annotations

import contextlib
import io
import os
from concurrent.futures import ProcessPoolExecutor
from decimal import Decimal
from pathlib import Path


def build_folder(folder: str, draft: bool = False, out: str | None = None) -> tuple[int, str]:
    """Run ``finsam build`` on one folder; return its exit code and what it printed."""
    from .cli import main

    buf = io.StringIO()
    args = ["build", folder] + (["--utkast"] if draft else []) + (["--ut", out] if out else [])
    with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(buf):
        code = main(args)
    return code, buf.getvalue()


def summarise_folder(folder: str) -> dict:
    """The roll-up figures of one förbund folder, or its error."""
    from .check import run_checks, tally
    from .errors import InputError
    from .model.documents import load_documents
    from .model.figures import compute

    try:
        docs = load_documents(Path(folder))
    except InputError as exc:
        first = exc.problems[0]
        more = f" (och {len(exc.problems) - 1} till)" if len(exc.problems) > 1 else ""
        return {"mapp": folder, "fel_vid_lasning": f"{first}{more}"}
    except Exception as exc:  # noqa: BLE001 - one bad folder must not stop the roll-up
        return {"mapp": folder, "fel_vid_lasning": f"internt fel ({type(exc).__name__})"}
    f = docs.forbund
    if f is None:
        return {"mapp": folder, "fel_vid_lasning": "mappen saknar årsredovisningens arbetsböcker"}
    fig = compute(f)
    _, fel, avvikelser = tally(run_checks(f, fig))
    p = fig.participants
    s = f.settings
    return {
        "mapp": folder, "namn": s.namn, "ar": s.ar, "driftsbidrag": s.driftsbidrag,
        "resultat": fig.arets_resultat, "eget_kapital": fig.eget_kapital,
        "ek_andel": fig.ek_andel.value, "ek_tak": s.ek_tak, "ek_golv": s.ek_golv,
        "ek_inom": fig.eget_kapital <= fig.ek_tak_kr and fig.eget_kapital >= s.ek_golv,
        "individ": fig.individ_utfall, "individ_andel": fig.individ_andel.value,
        "individ_mal": s.individ_mal, "individ_namnare": fig.individ_andel.denominator_label,
        "individ_uppnatt": fig.individ_andel.value is not None and fig.individ_andel.value >= s.individ_mal,
        "deltagare": p.totalt, "deltagare_kvinnor": p.kvinnor, "deltagare_man": p.man,
        "arbete_studier": p.arbete + p.studier, "arbete_studier_kvinnor": p.arbete_studier_kvinnor,
        "arbete_studier_man": p.arbete_studier_man,
        "fel": fel, "avvikelser": avvikelser,
    }


def run_all(fn, items: list, jobs: int | None):
    """``fn`` over ``items`` in order, in a process pool when ``jobs`` > 1."""
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1 or len(items) <= 1:
        return [fn(*item) for item in items]
    with ProcessPoolExecutor(max_workers=min(jobs, len(items))) as pool:
        return list(pool.map(_star, [(fn, item) for item in items]))


def _star(job):
    fn, item = job
    return fn(*item)


SUM_KEYS = ("driftsbidrag", "resultat", "eget_kapital", "individ", "deltagare", "deltagare_kvinnor",
            "deltagare_man", "arbete_studier", "arbete_studier_kvinnor", "arbete_studier_man", "fel",
            "avvikelser")


def totals(rows: list[dict]) -> dict:
    ok = [r for r in rows if "fel_vid_lasning" not in r]
    out = {key: sum((Decimal(r[key]) for r in ok), Decimal(0)) for key in SUM_KEYS}
    out["ek_andel"] = out["eget_kapital"] / out["driftsbidrag"] if out["driftsbidrag"] else None
    out["individ_andel"] = out["individ"] / out["driftsbidrag"] if out["driftsbidrag"] else None
    out["antal"] = len(ok)
    return out
