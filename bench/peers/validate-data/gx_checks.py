"""Great Expectations (1.x) peer for bench/validate-data.bench.ts and validate-data-parquet.bench.ts: the
checks of checks.json as an expectation suite, validated on GX's pandas datasource (a CSV asset read with
read_csv, or a Parquet asset read with read_parquet for a .parquet file)."""

import json
import sys

import great_expectations as gx
import great_expectations.expectations as gxe

data_file, checks_file = sys.argv[1], sys.argv[2]
checks = json.load(open(checks_file))

context = gx.get_context(mode="ephemeral")
source = context.data_sources.add_pandas("bench")
if data_file.endswith(".parquet"):
    asset = source.add_parquet_asset("data", path=data_file)
else:
    asset = source.add_csv_asset("data", filepath_or_buffer=data_file)
batch = asset.add_batch_definition_whole_dataframe("all").get_batch()
suite = gx.ExpectationSuite(name="bench")
for column in checks["not_null"]:
    suite.add_expectation(gxe.ExpectColumnValuesToNotBeNull(column=column))
for column, (low, high) in checks["between"].items():
    suite.add_expectation(gxe.ExpectColumnValuesToBeBetween(column=column, min_value=low, max_value=high))
for column, allowed in checks["in_set"].items():
    suite.add_expectation(gxe.ExpectColumnValuesToBeInSet(column=column, value_set=allowed))
for column, pattern in checks["regex"].items():
    suite.add_expectation(gxe.ExpectColumnValuesToMatchRegex(column=column, regex=pattern))
for column in checks["unique"]:
    suite.add_expectation(gxe.ExpectColumnValuesToBeUnique(column=column))
for column, (low, high) in checks["mean_between"].items():
    suite.add_expectation(gxe.ExpectColumnMeanToBeBetween(column=column, min_value=low, max_value=high))
result = batch.validate(suite)
print(json.dumps({"success": bool(result.success), "expectations": len(result.results)}))
sys.exit(0 if result.success else 1)
