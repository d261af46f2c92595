"""Evidently's drift decisions on a seeded corpus, for packages/drift's `method: evidently`.

Regenerate (from the repository root):

    python3 -m venv .venv-drift && .venv-drift/bin/pip install evidently==0.7.23 "pandas==2.3.3" numpy scipy
    .venv-drift/bin/python scripts/golden/drift_evidently_golden.py

It writes packages/drift/golden/data/<case>.reference.csv and <case>.current.csv, then runs Evidently's
DataDriftPreset on the CSVs as pandas reads them back (so both sides see the same values) and records,
per case, the column types Evidently inferred, every column's test, score and verdict, and the dataset
verdict, in packages/drift/golden/evidently.json. Seeded: the same versions give the same files.
"""

import json
import warnings
from pathlib import Path

import evidently
import numpy as np
import pandas as pd
import scipy
from evidently import Dataset, DataDefinition, Report
from evidently.presets import DataDriftPreset

PINNED_EVIDENTLY = "0.7.23"
ROOT = Path(__file__).resolve().parents[2] / "packages" / "drift" / "golden"
DATA = ROOT / "data"
rng = np.random.default_rng(20261122)


def normal(n, loc=0.0, scale=1.0):
    return np.round(rng.normal(loc, scale, n), 4)


def choice(values, n, p=None):
    return rng.choice(values, n, p=p)


def with_nulls(values, share):
    out = pd.Series(values, dtype="float64")
    out[rng.random(len(out)) < share] = np.nan
    return out


def small_case():
    n_ref, n_cur = 200, 150
    ref = pd.DataFrame(
        {
            "num_same": normal(n_ref),
            "num_shift": normal(n_ref),
            "int_wide": rng.integers(0, 100, n_ref),
            "int_few": rng.integers(1, 5, n_ref),
            "float_few": choice([0.5, 1.5, 2.5, 3.5], n_ref),
            "float_two": choice([0.5, 1.5], n_ref),
            "cat": choice(["a", "b", "c", "d"], n_ref),
            "binary": choice(["yes", "no"], n_ref),
            "with_nulls": with_nulls(normal(n_ref, 5, 2), 0.2),
            "constant": np.full(n_ref, 1.5),
            "new_category": choice(["x", "y", "z"], n_ref),
        }
    )
    cur = pd.DataFrame(
        {
            "num_same": normal(n_cur),
            "num_shift": normal(n_cur, 0.8),
            "int_wide": rng.integers(10, 110, n_cur),
            "int_few": rng.integers(1, 5, n_cur),
            "float_few": choice([0.5, 1.5, 2.5, 3.5], n_cur, [0.1, 0.2, 0.3, 0.4]),
            "float_two": choice([0.5, 1.5], n_cur, [0.8, 0.2]),
            "cat": choice(["a", "b", "c", "d"], n_cur, [0.4, 0.3, 0.2, 0.1]),
            "binary": choice(["yes", "no"], n_cur),
            "with_nulls": with_nulls(normal(n_cur, 5.3, 2), 0.3),
            "constant": np.full(n_cur, 1.5),
            "new_category": choice(["x", "y", "z", "w"], n_cur),
        }
    )
    return ref, cur


def large_case():
    n_ref, n_cur = 3000, 2500
    ref = pd.DataFrame(
        {
            "num_same": normal(n_ref, 10, 3),
            "num_shift": normal(n_ref, 10, 3),
            "num_scale": normal(n_ref, 0, 1),
            "float_few": choice([1.0, 2.0, 3.5], n_ref),
            "int_wide": rng.integers(0, 1000, n_ref),
            "cat": choice(list("abcdefg"), n_ref),
            "cat_shift": choice(list("abc"), n_ref, [0.6, 0.3, 0.1]),
            "binary": choice(["t", "f"], n_ref),
            "with_nulls": with_nulls(normal(n_ref), 0.1),
            "constant": np.full(n_ref, 7.25),
        }
    )
    cur = pd.DataFrame(
        {
            "num_same": normal(n_cur, 10, 3),
            "num_shift": normal(n_cur, 10.6, 3),
            "num_scale": normal(n_cur, 0, 1.3),
            "float_few": choice([1.0, 2.0, 3.5], n_cur, [0.2, 0.3, 0.5]),
            "int_wide": rng.integers(0, 1000, n_cur),
            "cat": choice(list("abcdefg"), n_cur),
            "cat_shift": choice(list("abc"), n_cur, [0.3, 0.3, 0.4]),
            "binary": choice(["t", "f"], n_cur, [0.7, 0.3]),
            "with_nulls": with_nulls(normal(n_cur, 0.05), 0.1),
            "constant": np.full(n_cur, 7.25),
        }
    )
    return ref, cur


def boundary_case():
    """A reference of exactly 1000 rows (still the small-sample tests) and a current over 10 000 rows
    (KS switches to the asymptotic p-value)."""
    n_ref, n_cur = 1000, 12000
    ref = pd.DataFrame(
        {
            "num_a": normal(n_ref),
            "num_b": normal(n_ref, 0, 1),
            "cat": choice(list("pqrs"), n_ref),
        }
    )
    cur = pd.DataFrame(
        {
            "num_a": normal(n_cur, 0.02),
            "num_b": normal(n_cur, 0.3, 1),
            "cat": choice(list("pqrs"), n_cur),
        }
    )
    return ref, cur


def all_drift_case():
    """Most columns drift: the dataset verdict flips."""
    n_ref, n_cur = 400, 400
    ref = pd.DataFrame(
        {
            "a": normal(n_ref),
            "b": normal(n_ref, 5),
            "c": choice(["u", "v", "w"], n_ref),
            "d": normal(n_ref),
        }
    )
    cur = pd.DataFrame(
        {
            "a": normal(n_cur, 1),
            "b": normal(n_cur, 3),
            "c": choice(["u", "v", "w"], n_cur, [0.8, 0.1, 0.1]),
            "d": normal(n_cur),
        }
    )
    return ref, cur


CASES = {"small": small_case, "large": large_case, "boundary": boundary_case, "all_drift": all_drift_case}


def column_types(definition: DataDefinition):
    types = {}
    for name in definition.get_numerical_columns():
        types[name] = "numerical"
    for name in definition.get_categorical_columns():
        types[name] = "categorical"
    for name in definition.get_text_columns():
        types[name] = "text"
    return types


def run_case(name, make):
    ref, cur = make()
    DATA.mkdir(parents=True, exist_ok=True)
    ref_path, cur_path = DATA / f"{name}.reference.csv", DATA / f"{name}.current.csv"
    ref.to_csv(ref_path, index=False)
    cur.to_csv(cur_path, index=False)
    ref, cur = pd.read_csv(ref_path), pd.read_csv(cur_path)
    cur_ds, ref_ds = Dataset.from_pandas(cur), Dataset.from_pandas(ref)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        snapshot = Report([DataDriftPreset()]).run(cur_ds, ref_ds)
    result = snapshot.dict()
    columns = {}
    dataset = None
    for metric in result["metrics"]:
        config = metric["config"]
        if config["type"] == "evidently:metric_v2:ValueDrift":
            columns[config["column"]] = {
                "method": config.get("method"),
                "threshold": config.get("threshold"),
                "score": float(metric["value"]),
            }
        elif config["type"] == "evidently:metric_v2:DriftedColumnsCount":
            dataset = {
                "drifted": float(metric["value"]["count"]),
                "share": float(metric["value"]["share"]),
                "driftShare": config["drift_share"],
            }
    legacy = legacy_decisions(ref, cur)
    for column, detail in columns.items():
        detail.update(legacy[column])
    return {
        "reference": ref_path.name,
        "current": cur_path.name,
        "rows": {"reference": len(ref), "current": len(cur)},
        "types": column_types(cur_ds.data_definition),
        "columns": columns,
        "dataset": dataset,
    }


def legacy_decisions(ref, cur, num_stattest=None, cat_stattest=None):
    """The per-column test name and verdict, which the new API keeps inside its widgets: the same
    preset through the legacy API, whose results carry them as fields (optionally with one test for
    the numerical and one for the categorical columns)."""
    from evidently.legacy.metric_preset import DataDriftPreset as LegacyPreset
    from evidently.legacy.pipeline.column_mapping import ColumnMapping
    from evidently.legacy.report import Report as LegacyReport

    types = column_types(Dataset.from_pandas(cur).data_definition)
    mapping = ColumnMapping(
        numerical_features=[c for c, t in types.items() if t == "numerical"],
        categorical_features=[c for c, t in types.items() if t == "categorical"],
        target=None,
        prediction=None,
    )
    report = LegacyReport(metrics=[LegacyPreset(num_stattest=num_stattest, cat_stattest=cat_stattest)])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        report.run(reference_data=ref, current_data=cur, column_mapping=mapping)
    out = {}
    for metric in report.as_dict()["metrics"]:
        if metric["metric"] == "DataDriftTable":
            for column, value in metric["result"]["drift_by_columns"].items():
                out[column] = {
                    "test": value["stattest_name"],
                    "legacyScore": float(value["drift_score"]),
                    "drifted": bool(value["drift_detected"]),
                    "legacyThreshold": float(value["stattest_threshold"]),
                }
    return out


# One test for every column: (numerical, categorical) pairs Evidently allows.
METHOD_PAIRS = [
    ("psi", "psi"),
    ("kl_div", "kl_div"),
    ("hellinger", "hellinger"),
    ("jensenshannon", "jensenshannon"),
    ("wasserstein", "z"),
    ("ks", "chisquare"),
]


def run_methods(name, make):
    """The named tests on the CSVs run_case wrote (make() is not called again: the RNG has moved on)."""
    ref = pd.read_csv(DATA / f"{name}.reference.csv")
    cur = pd.read_csv(DATA / f"{name}.current.csv")
    out = []
    for num, cat in METHOD_PAIRS:
        columns = legacy_decisions(ref, cur, num, cat)
        out.append({"numerical": num, "categorical": cat, "columns": columns})
    return out


def main():
    if evidently.__version__ != PINNED_EVIDENTLY:
        raise SystemExit(f"expected evidently {PINNED_EVIDENTLY}, found {evidently.__version__}")
    cases = {name: run_case(name, make) for name, make in CASES.items()}
    for name in ("small", "large"):
        cases[name]["methods"] = run_methods(name, CASES[name])
    out = {
        "versions": {
            "evidently": evidently.__version__,
            "pandas": pd.__version__,
            "numpy": np.__version__,
            "scipy": scipy.__version__,
        },
        "cases": cases,
    }
    (ROOT / "evidently.json").write_text(json.dumps(out, indent=1) + "\n")


if __name__ == "__main__":
    main()
