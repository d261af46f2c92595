"""Evidently peer for bench/drift-check.bench.ts: its DataDriftPreset (default tests per column) on the two
CSVs as pandas reads them."""

import json
import sys
import warnings

import pandas as pd
from evidently import Dataset, Report
from evidently.presets import DataDriftPreset

reference, current = pd.read_csv(sys.argv[1]), pd.read_csv(sys.argv[2])
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    snapshot = Report([DataDriftPreset()]).run(Dataset.from_pandas(current), Dataset.from_pandas(reference))
for metric in snapshot.dict()["metrics"]:
    if metric["config"]["type"] == "evidently:metric_v2:DriftedColumnsCount":
        print(json.dumps(metric["value"]))
