"""Golden column statistics for packages/data, computed with numpy.

Regenerate (from the repository root):

    python3 -m venv .venv && .venv/bin/pip install numpy
    .venv/bin/python scripts/golden/data_golden.py

It writes packages/data/golden/column-stats.csv (seeded sample data) and
packages/data/golden/column-stats.json (the statistics numpy computes for it). Missing values are
empty CSV fields and are left out of every statistic except the missing share, as pandas does.
std is the sample standard deviation (ddof=1, pandas' default); quantiles interpolate linearly
(numpy's and pandas' default method).
"""

import csv
import json
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
OUT_DIR = ROOT / "packages" / "data" / "golden"
ROWS = 2000
QUANTILES = [0.01, 0.1, 0.25, 0.75, 0.9, 0.99]

rng = np.random.default_rng(20261122)
columns = {
    "normal": np.round(rng.normal(50.0, 12.5, ROWS), 6),
    "skewed": np.round(rng.lognormal(1.0, 0.9, ROWS), 6),
    "ties": rng.integers(0, 12, ROWS).astype(float),
    "sparse": np.round(rng.uniform(-5, 5, ROWS), 4),
}
# A quarter of "sparse" is missing.
columns["sparse"][rng.random(ROWS) < 0.25] = np.nan


def cell(value):
    if np.isnan(value):
        return ""
    return repr(int(value)) if float(value).is_integer() else repr(float(value))


OUT_DIR.mkdir(parents=True, exist_ok=True)
with open(OUT_DIR / "column-stats.csv", "w", newline="") as handle:
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow(list(columns))
    for i in range(ROWS):
        writer.writerow([cell(values[i]) for values in columns.values()])

golden = {}
for name, values in columns.items():
    present = values[~np.isnan(values)]
    golden[name] = {
        "min": float(np.min(present)),
        "max": float(np.max(present)),
        "mean": float(np.mean(present)),
        "median": float(np.median(present)),
        "std": float(np.std(present, ddof=1)),
        "quantiles": {str(q): float(np.quantile(present, q)) for q in QUANTILES},
        "distinct": int(len(np.unique(present))),
        "missing": float(np.isnan(values).mean()),
    }

(OUT_DIR / "column-stats.json").write_text(
    json.dumps({"generator": f"numpy {np.__version__}", "rows": ROWS, "columns": golden}, indent=2) + "\n"
)
print(f"wrote {OUT_DIR / 'column-stats.csv'} and column-stats.json")
