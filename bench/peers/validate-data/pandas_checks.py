"""pandas peer for bench/validate-data.bench.ts and validate-data-parquet.bench.ts: read_csv (read_parquet
for a .parquet file) plus the checks of checks.json, vectorised."""

import json
import sys

import pandas as pd

data_file, checks_file = sys.argv[1], sys.argv[2]
checks = json.load(open(checks_file))
frame = pd.read_parquet(data_file) if data_file.endswith(".parquet") else pd.read_csv(data_file)
failures = 0
for column in checks["not_null"]:
    failures += int(frame[column].isna().sum())
for column, (low, high) in checks["between"].items():
    values = frame[column].dropna()
    failures += int(((values < low) | (values > high)).sum())
for column, allowed in checks["in_set"].items():
    values = frame[column].dropna()
    failures += int((~values.isin(allowed)).sum())
for column, pattern in checks["regex"].items():
    values = frame[column].dropna().astype(str)
    failures += int((~values.str.match(pattern)).sum())
for column in checks["unique"]:
    failures += int(frame[column].duplicated().sum())
for column, (low, high) in checks["mean_between"].items():
    mean = frame[column].mean()
    failures += int(not (low <= mean <= high))
print(json.dumps({"rows": len(frame), "failures": failures}))
sys.exit(1 if failures else 0)
