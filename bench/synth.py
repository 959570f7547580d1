"""Synthetic but realistic förbund folders for benchmarks and roll-up tests.

Every folder is internally consistent (random figures, but sums, statements, cash flow,
notes, budget follow-up, insatser and participants all reconcile), so ``finsam check``
finds no ``fel``. Same seed, same folder.

    python bench/synth.py OUT_DIR [--antal 80] [--deltagare-rader N]
"""
from __future__ import annotations

import argparse
import random
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from finsam.kinds import kind  # noqa: E402

ANNUAL_REPORT_WORKBOOKS = kind("arsredovisning").workbooks
from finsam.schema.write import write_workbook  # noqa: E402

KOMMUNER = ("Sundsvall", "Timrå", "Härnösand", "Kramfors", "Sollefteå", "Ånge", "Örnsköldsvik",
            "Östersund", "Krokom", "Strömsund", "Bräcke", "Ragunda")
REGIONER = ("Region Västernorrland", "Region Jämtland Härjedalen", "Region Gävleborg",
            "Region Västerbotten", "Region Norrbotten")
INSATS_NAMN = ("Arbetskonsulent", "SIP-samordnare", "Psykolog", "Arbetsterapeut", "Studie- och "
               "yrkesvägledare", "Jobbcoach", "Hälsoteam", "Språkstöd", "Ungdomsguide", "Rehabkoordinator",
               "Förrehabilitering", "Aktivitetshus", "Fontänhus", "Individuellt stöd", "Budget- och skuldstöd")
STRUKTUR_NAMN = ("Insatskatalogen", "Kompetensutveckling", "Inspirationsdag", "Analysteam",
                 "Samverkansdag", "Utvecklingsledare")


def _tkr(kr: int) -> Decimal:
    return (Decimal(kr) / 1000).quantize(Decimal(1), ROUND_HALF_UP)


def forbund_data(seed: int, deltagare_rader: int | None = None) -> dict:
    rnd = random.Random(seed)
    year = 2023
    n_kommuner = rnd.randint(1, 8)
    kommuner = rnd.sample(KOMMUNER, n_kommuner)
    namn = f"Samordningsförbundet {' och '.join(kommuner[:2])}" + (" m.fl." if n_kommuner > 2 else "")
    drifts = rnd.randrange(2_000, 15_000) * 1000
    drifts_fg = drifts + rnd.choice((0, 0, -18_000, 20_000, 40_000))
    n_ins = rnd.randint(5, 40)

    # Members: staten 50 %, region 25 %, kommunerna 25 % split in basis points.
    base, rest = divmod(2500, n_kommuner)
    shares = [base + (1 if i < rest else 0) for i in range(n_kommuner)]
    members = [{"namn": "Staten (Försäkringskassan och Arbetsförmedlingen)", "kategori": "Staten", "andel": 0.5},
               {"namn": rnd.choice(REGIONER), "kategori": "Region", "andel": 0.25}]
    members += [{"namn": f"{k} kommun", "kategori": "Kommun", "andel": s / 10000} for k, s in zip(kommuner, shares)]

    # Insatser in whole tkr so that the tkr follow-up and the kr amounts agree exactly.
    insatser, budget_ins = [], []
    for i in range(n_ins):
        individ = i < max(3, int(n_ins * 0.8))
        pool = INSATS_NAMN if individ else STRUKTUR_NAMN
        name = f"{pool[i % len(pool)]} {i + 1}"
        utfall_tkr = rnd.randint(40, max(41, int(drifts / 1000 * 0.7 / n_ins * 1.6)))
        budget_tkr = utfall_tkr + rnd.randint(-20, 40)
        post = f"• {name}"
        insatser.append({"namn": name, "typ": "Individinriktad" if individ else "Strukturövergripande",
                         "agare": f"{rnd.choice(kommuner)} kommun", "budgetpost": post,
                         "budget": budget_tkr * 1000, "utfall": utfall_tkr * 1000,
                         "beskrivning": f"{name}: insatsen stödjer deltagare mot arbete och studier."})
        budget_ins.append({"grupp": "Insatser", "post": post, "budget": budget_tkr, "utfall": utfall_tkr,
                           "utfall_fg": utfall_tkr + rnd.randint(-30, 30)})
    styrelse = [("Styrelsearvoden", rnd.randint(60, 200)), ("Extern representation", rnd.randint(0, 20))]
    admin = [("Lokalhyra", rnd.randint(0, 120)), ("Redovisningstjänster", rnd.randint(40, 150)),
             ("IT-tjänster, datadrift", rnd.randint(10, 60)), ("Konsulter", rnd.randint(300, 1500)),
             ("Utbildning, konferens och resor", rnd.randint(10, 150))]
    income_rows = [("Staten", drifts // 2), ("Region", drifts // 4), ("Kommunerna", drifts - drifts // 2 - drifts // 4)]
    income_fg = [("Staten", drifts_fg // 2), ("Region", drifts_fg // 4),
                 ("Kommunerna", drifts_fg - drifts_fg // 2 - drifts_fg // 4)]
    budget = [{"grupp": "Intäkter", "post": p, "budget": Decimal(v) / 1000, "utfall": Decimal(v) / 1000,
               "utfall_fg": Decimal(vf) / 1000} for (p, v), (_, vf) in zip(income_rows, income_fg)]
    budget.append({"grupp": "Intäkter", "radtyp": "Summa grupp", "post": "Summa intäkter"})
    budget += [{"grupp": "Styrelsen", "post": p, "budget": v + 5, "utfall": v, "utfall_fg": v + rnd.randint(-10, 10)}
               for p, v in styrelse]
    budget.append({"grupp": "Styrelsen", "radtyp": "Summa grupp", "post": "Summa styrelsen"})
    budget += [{"grupp": "Administration", "post": p, "budget": v + 10, "utfall": v,
                "utfall_fg": v + rnd.randint(-20, 20)} for p, v in admin]
    budget.append({"grupp": "Administration", "radtyp": "Summa grupp", "post": "Summa administration"})
    budget += budget_ins
    budget.append({"grupp": "Insatser", "radtyp": "Summa grupp", "post": "Summa insatser"})
    budget += [{"radtyp": "Summa kostnader", "post": "Summa kostnader"}, {"radtyp": "Resultat", "post": "Resultat"}]

    def cost_kr(key: str) -> int:
        return int(sum(Decimal(str(r[key])) for r in budget if r.get("grupp") in
                       ("Styrelsen", "Administration", "Insatser") and "radtyp" not in r) * 1000)

    kostnader, kostnader_fg = cost_kr("utfall"), cost_kr("utfall_fg")
    intakter, intakter_fg = drifts, drifts_fg
    resultat, resultat_fg = intakter - kostnader, intakter_fg - kostnader_fg

    # Balance sheets for three year ends so that cash flow and equity roll forward.
    # Equity ends the year between 5 % and 25 % of the allocation; whole tkr throughout so
    # the tkr cash flow statement equals the kronor balance sheets exactly.
    ek2 = rnd.randint(int(drifts * 0.05 / 1000), int(drifts * 0.25 / 1000)) * 1000
    ek1 = ek2 - resultat
    ek0 = ek1 - resultat_fg
    ford = [rnd.randint(50, 400) * 1000 for _ in range(3)]
    skuld = [rnd.randint(500, 3000) * 1000 + max(0, -min(ek0, ek1, ek2)) for _ in range(3)]
    kassa = [ek + s - f for ek, s, f in zip((ek0, ek1, ek2), skuld, ford)]
    br = {"anlaggningstillgangar": (0, 0), "fordringar": (ford[2], ford[1]), "kortfristiga_placeringar": (0, 0),
          "kassa_bank": (kassa[2], kassa[1]), "arets_resultat": (resultat, resultat_fg),
          "ovrigt_eget_kapital": (ek1, ek0), "avsattningar": (0, 0), "langfristiga_skulder": (0, 0),
          "kortfristiga_skulder": (skuld[2], skuld[1])}
    rr = {"intakter": (intakter, intakter_fg), "kostnader": (kostnader, kostnader_fg),
          "finansiella_intakter": (0, 0), "finansiella_kostnader": (0, 0), "extraordinara": (0, 0)}

    def kf_year(i):  # i = 2 this year, 1 last year
        res = _tkr(resultat if i == 2 else resultat_fg)
        dford = _tkr(ford[i - 1] - ford[i])
        dskuld = _tkr(skuld[i] - skuld[i - 1])
        start = _tkr(kassa[i - 1])
        return res, dford, dskuld, start

    k2, k1 = kf_year(2), kf_year(1)
    kf = {"resultat": (k2[0], k1[0]), "justeringar": (0, 0), "forandring_fordringar": (k2[1], k1[1]),
          "forandring_skulder": (k2[2], k1[2]), "investering": (0, 0), "finansiering": (0, 0),
          "likvida_borjan": (k2[3], k1[3])}
    bkr = {"arets_resultat": (_tkr(resultat), _tkr(resultat_fg), rnd.randint(-300, 300))}
    for key in ("reducering_realisationsvinster", "justering_realisationsvinster", "justering_realisationsforluster",
                "orealiserade", "aterforing_orealiserade", "reservering_rur", "anvandning_rur"):
        bkr[key] = (0, 0, 0)
    bkr["reservering_rur"] = (0, 0, 0)
    if bkr["arets_resultat"][0] < 0:  # keep the balance requirement met: use the reserve
        bkr["anvandning_rur"] = (-bkr["arets_resultat"][0], 0, 0)
    notes = [{"not_nr": 2, "post": f"Driftbidrag från {m['namn']}", "i_ar": int(drifts * Decimal(str(m["andel"]))),
              "fg_ar": int(drifts_fg * Decimal(str(m["andel"])))} for m in members]
    notes.append({"not_nr": 2, "post": "Öresutjämning", "i_ar": drifts - sum(n["i_ar"] for n in notes),
                  "fg_ar": drifts_fg - sum(n["fg_ar"] for n in notes)})
    femar = [{"ar": year, "intakter": intakter, "kostnader": kostnader,
              "soliditet": round(ek2 / (ford[2] + kassa[2]), 2), "anstallda": 0},
             {"ar": year - 1, "intakter": intakter_fg, "kostnader": kostnader_fg,
              "soliditet": round(ek1 / (ford[1] + kassa[1]), 2), "anstallda": 0}]
    for y in range(2, 5):
        i, k = rnd.randint(2000, 15000) * 1000, rnd.randint(2000, 15000) * 1000
        femar.append({"ar": year - y, "intakter": i, "kostnader": k, "soliditet": 0.3, "anstallda": 0})

    # Participants for the individual insatser.
    deltagare = []
    individ = [i for i in insatser if i["typ"] == "Individinriktad"]
    rows = deltagare_rader or len(individ)
    for j in range(rows):
        ins = individ[j % len(individ)]
        k, m = rnd.randint(5, 200), rnd.randint(5, 200)
        row = {"insats": ins["namn"] if j < len(individ) else f"{ins['namn']} grupp {j}",
               "kvinnor": k, "man": m, "volym": rnd.choice((None, rnd.randint(10, 300))),
               "arbete_kvinnor": rnd.randint(0, k // 3), "arbete_man": rnd.randint(0, m // 3),
               "studier_kvinnor": rnd.randint(0, k // 5), "studier_man": rnd.randint(0, m // 5)}
        deltagare.append(row)
    if deltagare_rader:  # big tables: every row its own insats
        extra = [dict(i, namn=r["insats"], utfall=0, budget=0, budgetpost=None)
                 for i, r in zip((individ[j % len(individ)] for j in range(len(individ), rows)),
                                 deltagare[len(individ):])]
        insatser = insatser + extra
    total_ut = sum(r["kvinnor"] + r["man"] for r in deltagare)
    goals = [{"kategori": "Verksamhetsmål", "mal": "Fler deltagare avslutas till arbete eller studier än "
              "föregående år.", "matetal": "Till arbete eller studier", "jamforelse": "Fler än föregående år",
              "utfall_fg": 1, "kommentar": "Syntetiskt mål."},
             {"kategori": "Finansiellt mål", "mal": "Fler deltagare än föregående år.", "matetal": "Deltagare",
              "jamforelse": "Fler än föregående år", "utfall_fg": max(0, total_ut - rnd.randint(1, 50))}]
    board = [{"namn": f"Ledamot {i + 1}", "roll": ("Ordförande", "Vice ordförande")[i] if i < 2 else "Ledamot",
              "organisation": m["namn"]} for i, m in enumerate(members)]
    texts = {key: f"Syntetisk text för avsnittet {key} i {namn}." for key in (
        "ordforande_har_ordet", "organisation", "uppdrag", "vision", "viktiga_forhallanden", "handelser",
        "styrning", "malgrupper", "personal", "forvantad_utveckling", "redovisningsprinciper")}
    settings = {"namn": namn, "ort": kommuner[0], "ar": year, "driftsbidrag": drifts, "driftsbidrag_fg": drifts_fg,
                "ek_tak": 0.3, "ek_golv": 0, "individ_mal": 0.4, "individ_namnare": "Driftsbidrag", "anstallda": 0}
    return {
        "ekonomi.xlsx": {"installningar": settings, "medlemmar": members, "styrelse": board,
                         "sammantraden": [], "rr": rr, "br": br, "kf": kf, "bkr": bkr, "noter": notes,
                         "budget": budget, "femar": femar},
        "insatser.xlsx": {"insatser": insatser, "insatsmal": [], "mal": goals},
        "deltagare.xlsx": {"deltagare": deltagare},
        "texter.xlsx": {"texter": texts},
    }


def write_forbund(folder: Path, seed: int, deltagare_rader: int | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    data = forbund_data(seed, deltagare_rader)
    for schema in ANNUAL_REPORT_WORKBOOKS:
        write_workbook(schema, folder / schema.filename, data[schema.filename])
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description="Skapa syntetiska förbundsmappar.")
    parser.add_argument("ut")
    parser.add_argument("--antal", type=int, default=10)
    parser.add_argument("--deltagare-rader", type=int)
    args = parser.parse_args()
    for i in range(args.antal):
        print(write_forbund(Path(args.ut) / f"forbund-{i + 1:02d}", i + 1, args.deltagare_rader))


if __name__ == "__main__":
    main()
