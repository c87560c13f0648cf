#!/usr/bin/env python3
"""Generates a 26-week demand file for the promise-quality replay (from the seed data the app ships).

Demand is sized against the seed supply: about 85-95% of normal assembly and EML-100G capacity, so the
weeks of the EML disruption (2027-01-04..2027-01-25) are short. LTA holders call off their LTA volume
at an even weekly rate with noise; all four distributors order spot volume by tier weight.
usage: make_demand.py SEED OUT.csv [--surge] [--load F]
  --surge: a harder variant with a non-LTA surge on LTA parts
  --load F: spot demand times F (1.5 puts the OSFP line and EML-100G past capacity: allocation must decide)
"""
import csv, datetime, random, sys, math
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "modules/app/src/main/resources/demo-data"
seed, out = int(sys.argv[1]), sys.argv[2]
surge = "--surge" in sys.argv
load = float(sys.argv[sys.argv.index("--load") + 1]) if "--load" in sys.argv else 1.0
rnd = random.Random(seed)
products = {r["sku"]: r for r in csv.DictReader(open(DATA / "products.csv"))}
ship_to = {}
for r in csv.DictReader(open(DATA / "ship_to.csv")):
    ship_to.setdefault(r["distributor"], []).append(r["code"])
ltas = list(csv.DictReader(open(DATA / "long_term_agreements.csv")))
weights = {"NWOS": 4, "CASC": 3, "PRDC": 2, "MAPL": 3}
# spot demand per week (units), all distributors together
spot = {"HW-OSFP-800G-DR8": 1100, "HW-OSFP-800G-2FR4": 600, "HW-OSFP-800G-SR8": 800, "HW-OSFP-800G-DR8-SIPH": 600,
        "HW-OSFP-800G-DR8-LPO": 300, "HW-OSFP-800G-2LR4": 100, "HW-OSFP-800G-AEC-2M": 600, "HW-QDD-800G-DR8": 500,
        "HW-QDD-800G-2FR4": 300, "HW-OSFP-1T6-DR8": 160, "HW-OSFP-1T6-DR8-SIPH": 150, "HW-OSFP-1T6-SR8": 80,
        "HW-OSFP-1T6-2FR4": 40, "HW-OSFP-1T6-DR8-LPO": 40, "HW-QDD-400G-DR4": 600, "HW-QDD-400G-FR4": 400,
        "HW-QDD-400G-LR4": 100, "HW-QDD-400G-SR8": 500, "HW-QDD-400G-DR4-SIPH": 700, "HW-QDD-400G-ZR": 60,
        "HW-Q112-400G-DR4": 500, "HW-Q112-400G-SR4": 600, "HW-Q112-400G-FR4": 300}
start = datetime.date(2026, 11, 30)
horizon_end = start + datetime.timedelta(weeks=26) - datetime.timedelta(days=3)
rows, po_seq = [], {d: 0 for d in weights}


def rounded(sku, q):
    m = max(int(products[sku]["order_multiple"]), int(products[sku]["moq"]))
    return max(m, int(round(q / m)) * m)


def add(week, dist, lines):
    po_seq[dist] += 1
    po = f"{dist}-SCN-{seed}-{po_seq[dist]:04d}"
    placed = start + datetime.timedelta(weeks=week, days=rnd.randint(-3, 1))
    to = rnd.choice(ship_to[dist])
    n = 0
    for sku, q in lines:
        lead = rnd.randint(2, max(3, int(products[sku]["standard_lead_time_weeks"]) // 2 + 2))
        req = placed + datetime.timedelta(weeks=lead, days=rnd.randint(0, 4))
        if req > horizon_end:
            continue
        n += 1
        rows.append([po, placed.isoformat(), dist, to, n, sku, rounded(sku, q), req.isoformat()])


for week in range(22):
    per_dist = {d: [] for d in weights}
    for l in ltas:
        weekly = int(l["committed_quantity"]) / 26
        per_dist[l["distributor"]].append((l["sku"], weekly * rnd.uniform(0.85, 1.2)))
    for sku, units in spot.items():
        total = units * load * rnd.uniform(0.7, 1.3)
        if surge and sku in {"HW-OSFP-800G-DR8", "HW-OSFP-800G-2FR4"} and 3 <= week <= 8:
            total *= 2.5
        buyers = rnd.sample(list(weights), k=rnd.randint(1, 3))
        wsum = sum(weights[b] for b in buyers)
        for b in buyers:
            per_dist[b].append((sku, total * weights[b] / wsum))
    for dist, lines in per_dist.items():
        rnd.shuffle(lines)
        for i in range(0, len(lines), 5):
            add(week, dist, lines[i:i + 5])

rows.sort(key=lambda r: (r[1], r[0], r[4]))
with open(out, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["po_number", "placed_on", "distributor", "ship_to", "line_number", "sku", "quantity", "requested_date"])
    w.writerows(rows)
print(f"{len(rows)} lines, {len({r[0] for r in rows})} POs, {sum(r[6] for r in rows)} units -> {out}")
