"""How the prose check (check.prose) does on text it was not written for: the annual report
2022's own prose (seed 003, lines 13-495, lines without tabs), put into the 2022 example and
checked against its workbooks. Prints the tally and every finding (-v: the tips too).

    .venv/bin/python bench/prose_rate.py [SEED_003.txt] [-v]
"""
import sys, copy, re, tempfile
from pathlib import Path
sys.path.insert(0,'tests'); sys.path.insert(0,'examples/data')
from conftest import annual, write_folder
import sundsvall_2022
from finsam.check.prose import Tally, text_findings
from finsam.model.prose import References, free_texts, FreeText
from finsam.errors import Location
SEED = next((a for a in sys.argv[1:] if not a.startswith('-')), '/work/shared/seeds/003_89812b228534ec4f.txt')
lines = Path(SEED).read_text().splitlines()[12:495]
prose = []
for l in lines:
    s = re.sub(r"<[^>]+>|\*\*|\*", "", l).strip()
    if not s or "\t" in s or s.startswith("#") or s.startswith("|") or len(s) < 25:
        continue
    prose.append(s.lstrip("- ").replace("[", "(").replace("]", ")"))
data = sundsvall_2022.workbooks()
data = {k: v for k, v in data.items()}
tmp = Path(tempfile.mkdtemp())
doc = annual(write_folder(tmp / "f", data))
f, fig = doc.model.forbund, doc.model.figures
refs, t = References(f, fig), Tally()
out = []
for i, p in enumerate(prose):
    for r in text_findings(FreeText(Location("seed003", "rad", str(i)), p), refs, f, fig, t):
        out.append((r.severity, r.code, r.text()[:330]))
print(len(prose), "prose lines;", t)
for o in out:
    if o[0] != "tips" or "-v" in sys.argv: print(*o)
