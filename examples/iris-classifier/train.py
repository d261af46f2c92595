"""Train a small classifier on the iris data that ships inside scikit-learn and write its metrics and model.

Usage: python train.py [--out out] [--seed 0] [--max-iter 200]
"""

import argparse
import json
import pickle
from pathlib import Path

from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score, log_loss
from sklearn.model_selection import train_test_split


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="out")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-iter", type=int, default=200)
    args = parser.parse_args()

    features, labels = load_iris(return_X_y=True)
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
