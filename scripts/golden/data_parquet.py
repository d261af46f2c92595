"""Parquet fixtures for packages/data, written by pyarrow (the writer most data teams use).

Regenerate (from the repository root; pyarrow is only needed here, not by the tests):

    python3 -m venv /tmp/pyarrow-venv && /tmp/pyarrow-venv/bin/pip install pyarrow
    /tmp/pyarrow-venv/bin/python scripts/golden/data_parquet.py

It writes packages/data/test-fixtures/people-{snappy,gzip,zstd}.parquet: the same 10 rows, in row
groups of 4, one file per compression codec.
"""

import datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

OUT_DIR = Path(__file__).resolve().parents[2] / "packages" / "data" / "test-fixtures"

table = pa.table(
    {
        "id": pa.array(range(1, 11), type=pa.int64()),
        "score": pa.array([0.5, 1.25, None, 3.0, -1.5, 2.0, 2.5, 9.75, 0.0, 4.0], type=pa.float64()),
        "name": pa.array(["ann", "bob", "cy", None, "dee", "eve", "fay", "gus", "hal", "ivy"]),
        "day": pa.array([datetime.date(2024, 1, d) for d in range(1, 11)], type=pa.date32()),
        "seen": pa.array(
            [datetime.datetime(2024, 1, 1, h, 30, tzinfo=datetime.timezone.utc) for h in range(10)],
            type=pa.timestamp("ms", tz="UTC"),
        ),
        "active": pa.array([True, False] * 5),
    }
)

OUT_DIR.mkdir(parents=True, exist_ok=True)
for codec in ["snappy", "gzip", "zstd"]:
    path = OUT_DIR / f"people-{codec}.parquet"
    pq.write_table(table, path, compression=codec, row_group_size=4)
    print(f"wrote {path}")
