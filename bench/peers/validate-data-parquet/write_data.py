"""Writes the bench data of bench/validate-data.bench.ts (the same values, row by row) as Parquet with
pyarrow, the writer most data teams use: snappy, pyarrow's default row groups (1,048,576 rows).

    python write_data.py OUT.parquet ROWS [ROW_GROUP_ROWS]

ROW_GROUP_ROWS: rows a row group (default: pyarrow's); other writers cut smaller ones (DuckDB 122,880 rows,
Spark and Polars by size).

Typed as a pandas user's Parquet would be: int64 id and age, float64 score and income, strings, a date32
day and a boolean flag.
"""

import datetime
import sys

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

out_file, rows = sys.argv[1], int(sys.argv[2])
row_group_rows = int(sys.argv[3]) if len(sys.argv) > 3 else None
i = np.arange(1, rows + 1, dtype=np.int64)


def pick(values, index):
    """values[index] for each row, as an Arrow string array."""
    return pa.array(values).take(pa.array(index))


letters = [chr(65 + k) for k in range(26)]
code = pc.binary_join_element_wise(
    pc.binary_join_element_wise(pick(letters, i % 26), pick(letters, (i >> 5) % 26), ""),
    pick([f"{k:04d}" for k in range(10000)], i % 10000),
    "-",
)
epoch = datetime.date(1970, 1, 1)
day_numbers = np.array(
    [[(datetime.date(2024, 1 + m, 1 + d) - epoch).days for d in range(28)] for m in range(12)],
    dtype=np.int32,
)
table = pa.table(
    {
        "id": pa.array(i),
        "age": pa.array(18 + i % 70),
        "score": pa.array(((i * 7919) % 10000) / 100),
        "income": pa.array((i * 31) % 250000 + 0.5),
        "country": pick(["FR", "DE", "IT", "ES"], i % 4),
        "segment": pick(["a", "b", "c", "d"], i % 4),
        "code": code,
        "day": pa.array(day_numbers[i % 12, i % 28], type=pa.int32()).cast(pa.date32()),
        "flag": pa.array(i % 2 == 0),
        "note": pick([f"note {k}" for k in range(977)], i % 977),
    }
)
pq.write_table(table, out_file, compression="snappy", row_group_size=row_group_rows)
metadata = pq.ParquetFile(out_file).metadata
print(f"wrote {out_file}: {metadata.num_rows} rows in {metadata.num_row_groups} row groups")
