"""pandas + scipy peer for bench/drift-check.bench.ts: read both CSVs, then per column the test Evidently's
default picks for a reference over 1000 rows (normed Wasserstein for numbers with more than 5 values,
Jensen-Shannon distance on value shares otherwise), drift share 0.5."""

import json
import sys

import numpy as np
import pandas as pd
from scipy import stats
from scipy.spatial import distance

reference, current = pd.read_csv(sys.argv[1]), pd.read_csv(sys.argv[2])
drifted = []
for column in reference.columns:
    ref, cur = reference[column].dropna(), current[column].dropna()
    numeric = pd.api.types.is_float_dtype(ref) or (pd.api.types.is_integer_dtype(ref) and ref.nunique() > 10)
    if numeric and pd.concat([ref, cur]).nunique() > 5:
        score = stats.wasserstein_distance(ref, cur) / max(float(np.std(ref)), 0.001)
    else:
        keys = sorted(set(ref.unique()) | set(cur.unique()), key=str)
        p = ref.value_counts().reindex(keys, fill_value=0).to_numpy() / len(ref)
        q = cur.value_counts().reindex(keys, fill_value=0).to_numpy() / len(cur)
        score = distance.jensenshannon(p, q)
    if score >= 0.1:
        drifted.append(column)
print(json.dumps({"drifted": drifted, "datasetDrift": len(drifted) / len(reference.columns) >= 0.5}))
