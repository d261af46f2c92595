"""Train a small classifier on data/train.csv (the iris data, see make_data.py) and write its metrics and model.

Usage: python train.py [--data data/train.csv] [--out out] [--seed 0] [--max-iter 200]
"""

import argparse
import csv
import json
import pickle
from pathlib import Path

from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score, log_loss
from sklearn.model_selection import train_test_split

FEATURES = ["sepal_length", "sepal_width", "petal_length", "petal_width"]
LABEL = "species"


def read_data(path: str) -> tuple[list[list[float]], list[str]]:
    with open(path, newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [[float(row[name]) for name in FEATURES] for row in rows], [row[LABEL] for row in rows]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="data/train.csv")
    parser.add_argument("--out", default="out")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-iter", type=int, default=200)
    args = parser.parse_args()

    features, labels = read_data(args.data)
    x_train, x_test, y_train, y_test = train_test_split(
        features, labels, test_size=0.3, random_state=args.seed, stratify=labels
    )
    model = LogisticRegression(max_iter=args.max_iter).fit(x_train, y_train)
    predicted = model.predict(x_test)

    out = Path(args.out)
    (out / "model").mkdir(parents=True, exist_ok=True)
    metrics = {
        "accuracy": accuracy_score(y_test, predicted),
        "f1_macro": f1_score(y_test, predicted, average="macro"),
        "log_loss": log_loss(y_test, model.predict_proba(x_test)),
    }
    (out / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
    with open(out / "model" / "model.pkl", "wb") as handle:
        pickle.dump(model, handle)
    print(json.dumps(metrics))


if __name__ == "__main__":
    main()
