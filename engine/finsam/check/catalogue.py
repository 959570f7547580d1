"""The catalogue of finding codes: every code a check can emit, with its severity, what it
checks (Swedish) and the rule of the domain it enforces. The checks, the README's list, the
auditor's workbook and the web page read it; a check cannot emit a code it lacks.

Each check module declares its own codes (``declare``), so a new document kind adds its
codes beside its checks; the catalogue is the one place they are gathered.
"""
from __future__ import annotations


from ..findings import AVVIKELSE, FEL, SAKNAS, TIPS
from ..records import record

# The rules of the domain (shared/DOMAIN.md), as the catalogue names them.
RULES = {
    "summor": "Varje delsumma och summa är summan av sina rader",
    "resultat": "Samma resultat i resultaträkning, balansräkning, kassaflöde, balanskravsresultat och "
                "budgetuppföljning",
    "balans": "Summa tillgångar = eget kapital + avsättningar + skulder; eget kapital vid årets slut = "
              "eget kapital vid årets början + årets resultat",
    "kassaflode": "Likvida medel vid årets början + årets kassaflöde = likvida medel vid årets slut = kassa "
                  "och bank; förändringarna av fordringar och skulder stämmer med balansräkningarna",
    "differens": "Differensen räknas med ett och samma tecken i hela tabellen",
    "insatser": "Insatsernas belopp stämmer med budgetuppföljningen",
    "medlemsbidrag": "Staten bär hälften, regionen en fjärdedel och kommunerna en fjärdedel",
    "deltagare": "Kvinnor + män = totalt per rad; kolumnsummor = radernas summa; utfall ≤ deltagare",
    "foregaende-ar": "Föregående års siffror i årets rapport = föregående års rapport",
    "protokoll": "Paragrafer i följd; beslutsförhet; justerare och datum; anslag minst 21 dagar",
    "eget-kapital": "Eget kapital inom förbundets tak och golv",
    "individandel": "Andelen till individinriktade insatser når förbundets mål",
    "mal": "Förbundets och insatsernas mål",
    "schema": "Arbetsbokens regler: unika namn, hänvisningar mellan tabeller, giltiga värden",
    "uppgift": "Uppgifter som dokumentet behöver",
    "samverkan": "En ansökan om medel tar upp samverkan mellan minst så många av förbundets parter som "
                 "förbundet kräver",
    "medel": "Ansökans budget = det sökta beloppet; beviljade medel är högst det sökta; en insats budget är "
             "högst de beviljade medlen",
    "dokument": "Samma belopp i dokumenten som hör ihop: årsredovisningens budget är den antagna "
                "verksamhetsplanens; paragrafen som fastställer årsredovisningen anger dess resultat och eget "
                "kapital",
    "text": "Siffror i texterna stämmer med tabellerna och skrivs helst som referenser",
}


@record
class Code:
    code: str
    severity: str          # fel, avvikelse or saknas
    title: str             # Swedish: what the check checks
    rule: str              # a key of RULES
    kinds: tuple[str, ...] = ()  # the document kinds whose checks emit it
    blocks: bool = True    # a saknas that stops a final build (fel always does, avvikelse never)


CATALOGUE: dict[str, Code] = {}


def rule(key: str, text: str) -> str:
    """Add a DOMAIN rule that only one kind's checks follow (declared in that check module,
    so a new kind does not edit this file); returns ``key``."""
    known = RULES.setdefault(key, text)
    if known != text:
        raise ValueError(f"rule {key!r} declared twice, differently")
    return key


def declare(kind: str, *codes: Code) -> dict[str, Code]:
    """Add ``codes`` (emitted by the document kind ``kind``) to the catalogue; returns them by
    code. A code several kinds emit (member shares in two workbooks, the texts' figures in
    four documents) is declared by each of them, the same way, and lists every one."""
    out = {}
    for c in codes:
        if c.rule not in RULES:
            raise KeyError(f"unknown rule {c.rule!r} for {c.code}")
        known = CATALOGUE.get(c.code)
        if known is not None and (known.severity, known.title, known.rule, known.blocks) != \
                (c.severity, c.title, c.rule, c.blocks):
            raise ValueError(f"finding code {c.code} declared twice, differently")
        kinds = known.kinds if known is not None else ()
        c = Code(c.code, c.severity, c.title, c.rule, kinds + ((kind,) if kind not in kinds else ()), c.blocks)
        CATALOGUE[c.code] = c
        out[c.code] = c
    return out


def fel(code: str, title: str, rule: str) -> Code:
    return Code(code, FEL, title, rule)


def avvikelse(code: str, title: str, rule: str) -> Code:
    return Code(code, AVVIKELSE, title, rule)


def tips(code: str, title: str, rule: str) -> Code:
    return Code(code, TIPS, title, rule, blocks=False)


def saknas(code: str, title: str, rule: str = "uppgift", blocks: bool = False) -> Code:
    return Code(code, SAKNAS, title, rule, blocks=blocks)


def lookup(code: str) -> Code:
    try:
        return CATALOGUE[code]
    except KeyError:
        raise KeyError(f"finding code {code!r} is not in the catalogue (check.catalogue.declare)") from None
