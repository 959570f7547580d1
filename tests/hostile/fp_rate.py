"""Measure how often finsam.read.personnummer.find flags something that is not a
personnummer (false positives), on real texts and on budget amounts.

    python tests/hostile/fp_rate.py [SEED_DIR]

(a) every number-like token in the seed texts (public förbund documents; default
    /work/shared/seeds/*.txt), and each whole text as one cell;
(b) 100 000 random budget amounts, integers 1..99 999 999, written plainly ("12345678",
    as a number cell stores them), with Swedish group spaces ("12 345 678", also NBSP
    and narrow NBSP), and as text with öre and a Unicode minus;
(c) for context, formats that do reach 10 or 12 digits: random 10- and 12-digit integers,
    amounts in öre, Swedish mobile numbers without spaces, organisationsnummer;
(d) number cells as the reader scans them (find_in_number, a typed number): budget
    amounts in every notation a program stores them in (integer, 12345678.0, float repr,
    E-notation, with öre, with three decimals), and larger integers for context.

Matches are printed masked only (as find returns them), never whole. Deterministic
(fixed random seed).
"""
from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from finsam.read.personnummer import find, find_in_number  # noqa: E402

SEEDS = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/shared/seeds")
N = 100_000
NBSP, NNBSP, MINUS = "\u00a0", "\u202f", "\u2212"

# A number-like token: digits, optionally joined by the separators people put inside
# numbers (group spaces, '-', '+', '.', ',', ':', '/'), on one line.
TOKEN = re.compile(r"[+\-\u2212]?\d(?:[\d \u00a0\u202f.,:/+\-\u2212]*\d)?")


def rate(hits: int, total: int) -> str:
    return f"{hits}/{total} = {hits / total:.4%}" if total else "0/0"


def groups(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def section_a() -> None:
    files = sorted(SEEDS.glob("*.txt"))
    print(f"(a) seed texts: {len(files)} files in {SEEDS}")
    tokens = 0
    flagged = 0
    candidates = 0  # tokens with a 10- or 12-digit run once one '-'/'+' is removed
    examples: Counter[str] = Counter()
    whole_hits = 0
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        file_tokens = TOKEN.findall(text)
        tokens += len(file_tokens)
        for tok in file_tokens:
            compact = re.sub(r"(?<=\d)[-+](?=\d{4}(?!\d))", "", tok)
            if re.search(r"(?<!\d)(\d{10}|\d{12})(?!\d)", compact):
                candidates += 1
            found = find(tok)
            if found:
                flagged += 1
                examples.update(found)
        hits = find(text)
        whole_hits += len(hits)
        print(f"    {path.name}: {len(file_tokens)} number-like tokens, "
              f"find() on the whole text: {len(hits)} match(es) {sorted(set(hits))}")
    print(f"    tokens flagged: {rate(flagged, tokens)}; tokens with a 10/12-digit shape: "
          f"{candidates}; whole-text matches: {whole_hits}")
    if examples:
        print(f"    flagged (masked): {dict(examples)}")


def section_b(rng: random.Random) -> None:
    amounts = [rng.randint(1, 99_999_999) for _ in range(N)]
    formats = {
        "plain (number cell), 12345678": lambda n: str(n),
        "Swedish spaces, 12 345 678": lambda n: groups(n, " "),
        "NBSP groups": lambda n: groups(n, NBSP),
        "narrow NBSP groups": lambda n: groups(n, NNBSP),
        "text with öre and U+2212, −12 345 678,50 kr": lambda n: f"{MINUS}{groups(n, ' ')},50 kr",
        "amount-amount range, 12345678-87654321": lambda n: f"{n}-{rng.randint(1, 99_999_999)}",
        "amount, space, amount 1..9999, 123456 1234": lambda n: f"{n} {rng.randint(1, 9999)}",
        "amount, space, year, 123456 2023": lambda n: f"{n} {rng.randint(2015, 2030)}",
    }
    print(f"(b) {N} random budget amounts, integers 1..99 999 999 (seeded)")
    for label, fmt in formats.items():
        hits = sum(1 for n in amounts if find(fmt(n)))
        print(f"    {label:48s} flagged {rate(hits, N)}")


def luhn_digit(nine: str) -> str:
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def section_c(rng: random.Random) -> None:
    print(f"(c) context: {N} values each of formats that do have 10 or 12 digits")
    formats = {
        "random 10-digit integer": lambda: str(rng.randint(10**9, 10**10 - 1)),
        "random 12-digit integer": lambda: str(rng.randint(10**11, 10**12 - 1)),
        "amount in öre (×100), 1..99 999 999 kr": lambda: str(rng.randint(1, 99_999_999) * 100),
        "mobile number 07XXXXXXXX": lambda: "07" + str(rng.choice((0, 2, 3, 6, 9)))
        + f"{rng.randint(0, 9_999_999):07d}",
        "mobile number 070-XXXXXXX": lambda: "070-" + f"{rng.randint(0, 9_999_999):07d}",
        "organisationsnummer NNNNNN-NNNN (valid Luhn)": lambda: (
            lambda nine: f"{nine[:6]}-{nine[6:]}{luhn_digit(nine)}")(
            str(rng.choice((2, 5, 7, 8, 9))) + str(rng.randint(0, 9)) + str(rng.randint(2, 9))
            + f"{rng.randint(0, 999_999):06d}"),
    }
    for label, gen in formats.items():
        hits = sum(1 for _ in range(N) if find(gen()))
        print(f"    {label:48s} flagged {rate(hits, N)}")


def section_d(rng: random.Random) -> None:
    print(f"(d) number cells (find_in_number, typed): {N} values each (seeded)")
    amount = lambda: rng.randint(1, 99_999_999)  # noqa: E731
    formats = {
        "amount as stored integer, 12345678": lambda: str(amount()),
        "amount as float text, 12345678.0": lambda: f"{amount()}.0",
        "amount in E-notation, 1.2345678E7": lambda: f"{float(amount()):E}",
        "amount with öre, 12345678.5 / .25": lambda: repr(amount() + rng.randint(1, 99) / 100),
        "amount with three decimals (tkr), 123456.789": lambda: f"{amount()}.{rng.randint(1, 999):03d}",
        "amount in öre (×100) as a number": lambda: str(amount() * 100),
        "percentage share as a double, 0.17499999999999999": lambda: repr(rng.random()),
        "random 9-digit integer (context)": lambda: str(rng.randint(10**8, 10**9 - 1)),
        "random 10-digit integer (context)": lambda: str(rng.randint(10**9, 10**10 - 1)),
        "random 12-digit integer (context)": lambda: str(rng.randint(10**11, 10**12 - 1)),
    }
    for label, gen in formats.items():
        hits = sum(1 for _ in range(N) if find_in_number(gen()))
        print(f"    {label:52s} flagged {rate(hits, N)}")


def main() -> None:
    rng = random.Random(20231231)
    section_a()
    section_b(rng)
    section_c(rng)
    section_d(rng)


if __name__ == "__main__":
    main()
