"""Parquet fixtures for packages/data/src/read-parquet.test.ts, written by pyarrow: several row groups,
small pages (so that the reader's row ranges cut through pages), dictionary pages that fall back to plain
encoding, nulls in every column but a required one, and the types pyarrow users write.

Regenerate (from the repository root; pyarrow is only needed here, not by the tests):

    python3 -m venv /tmp/pyarrow-venv && /tmp/pyarrow-venv/bin/pip install pyarrow
    /tmp/pyarrow-venv/bin/python scripts/golden/data_parquet_groups.py

It writes packages/data/test-fixtures/groups-v1.parquet (data pages v1, snappy, row groups of 1,000 rows)
and groups-v2.parquet (data pages v2, zstd, page indexes, row groups of 700 rows): the same 2,500 rows.
"""

import datetime
import decimal
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

OUT_DIR = Path(__file__).resolve().parents[2] / "packages" / "data" / "test-fixtures"
ROWS = 2500


def maybe(value, i, every):
    """value, or None on every `every`-th row."""
    return None if i % every == 0 else value


columns = {
        "id": pa.array([maybe(i * 1_000_003, i, 97) for i in range(ROWS)], type=pa.int64()),
        "small": pa.array([i % 300 - 150 for i in range(ROWS)], type=pa.int32()),
        "big": pa.array([2**53 + i * 7 for i in range(ROWS)], type=pa.uint64()),
        "score": pa.array(
            [maybe(float("nan") if i == 5 else (i * 37 % 1000) / 8, i, 11) for i in range(ROWS)],
            type=pa.float64(),
        ),
        "price": pa.array([maybe(decimal.Decimal(i) / 100, i, 13) for i in range(ROWS)], type=pa.decimal128(9, 2)),
        "name": pa.array([maybe(f"név-{i * 7919 % 5000}", i, 7) for i in range(ROWS)]),
        "kind": pa.array([maybe(["a", "bb", "ccc"][i % 3], i, 17) for i in range(ROWS)]),
        "day": pa.array(
            [maybe(datetime.date(2020, 1, 1) + datetime.timedelta(days=i % 900), i, 19) for i in range(ROWS)],
            type=pa.date32(),
        ),
        "seen": pa.array(
            [
                maybe(datetime.datetime(2024, 3, 1, tzinfo=datetime.timezone.utc) + datetime.timedelta(seconds=i * 61), i, 23)
                for i in range(ROWS)
            ],
            type=pa.timestamp("us", tz="UTC"),
        ),
        "flag": pa.array([maybe(i % 3 == 0, i, 29) for i in range(ROWS)], type=pa.bool_()),
        "tags": pa.array([maybe(list(range(i % 4)), i, 31) for i in range(ROWS)], type=pa.list_(pa.int64())),
}
# "small" is REQUIRED (no nulls allowed): hyparquet gives such columns as typed arrays, one per page.
schema = pa.schema([pa.field(name, array.type, nullable=name != "small") for name, array in columns.items()])
table = pa.table(columns, schema=schema)

OUT_DIR.mkdir(parents=True, exist_ok=True)
v1 = OUT_DIR / "groups-v1.parquet"
pq.write_table(
    table,
    v1,
    compression="snappy",
    row_group_size=1000,
    data_page_size=1024,
    dictionary_pagesize_limit=2048,
    write_batch_size=50,
)
v2 = OUT_DIR / "groups-v2.parquet"
pq.write_table(
    table,
    v2,
    compression="zstd",
    row_group_size=700,
    data_page_version="2.0",
    data_page_size=4096,
    write_batch_size=90,
    write_page_index=True,
)
for path in [v1, v2]:
    print(f"wrote {path}: {pq.ParquetFile(path).metadata.num_row_groups} row groups")
