"""Write the example's data files once; their output is committed, so the demo needs no download.

- data/train.csv: the iris data that ships inside scikit-learn (150 rows), the training data.
- data/recent.csv: what "production" saw lately: a deterministic sample of the same flowers with the
  petals measured a little longer and more virginica among them, so that drift-check has something to say.

Usage: python make_data.py
"""

import csv
from pathlib import Path

import numpy as np
from sklearn.datasets import load_iris

COLUMNS = ["sepal_length", "sepal_width", "petal_length", "petal_width", "species"]


def write_csv(path: Path, features: np.ndarray, species: list[str]) -> None:
    with open(path, "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        for row, name in zip(features, species):
            writer.writerow([f"{value:.1f}" for value in row] + [name])


def main() -> None:
    iris = load_iris()
    names = [str(iris.target_names[label]) for label in iris.target]
    data = Path("data")
    data.mkdir(exist_ok=True)
    write_csv(data / "train.csv", iris.data, names)

    rng = np.random.default_rng(2024)
    # Oversample virginica (label 2) and lengthen the petals: a shifted, but plausible, batch.
    weights = np.where(iris.target == 2, 2.0, 1.0)
    picked = rng.choice(len(iris.target), size=90, replace=True, p=weights / weights.sum())
    recent = iris.data[picked].copy()
    recent[:, 2] += rng.normal(0.4, 0.2, size=len(picked))  # petal length, cm
    recent[:, 3] += rng.normal(0.1, 0.1, size=len(picked))  # petal width, cm
    recent[:, 0] += rng.normal(0.0, 0.1, size=len(picked))  # sepal length: measurement noise only
    recent = np.clip(recent, 0.1, None)
    write_csv(data / "recent.csv", recent, [names[index] for index in picked])


if __name__ == "__main__":
    main()
