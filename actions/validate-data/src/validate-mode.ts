import { type ParallelOptions, type ReadOptions, readSchemaFile, validateDataset } from "@mlops-actions/data";
import {
  addHeading,
  addParagraph,
  addTable,
  annotate,
  annotateAll,
  debug,
  info,
  setOutput,
  workspaceRelative,
  writeReport,
  writeSummary,
} from "@mlops-actions/kit";
import { checkAnnotations } from "./annotations.ts";
import type { ValidateDataInputs } from "./inputs.ts";
import { CHECK_TABLE_HEADER, checkRows, MAX_TABLE_ROWS, summaryLine } from "./render.ts";
import { validationReportData } from "./report-data.ts";
import { toUserError } from "./user-errors.ts";

/** Says, in the debug log, which files were validated on two threads and how. */
const splitDebugLines: Pick<ParallelOptions, "onSplit" | "onParquetSplit" | "onFilesSplit"> = {
  onSplit: ({ file, at, merged }) =>
    debug(
      merged
        ? `${workspaceRelative(file)}: validated on two threads, cut at byte ${at}`
        : `${workspaceRelative(file)}: the cut at byte ${at} fell inside a quoted field; validated on one thread`,
    ),
  onParquetSplit: ({ file, worker, merged }) =>
    debug(
      merged
        ? `${workspaceRelative(file)}: columns ${worker.join(", ")} validated on a worker thread`
        : `${workspaceRelative(file)}: validated again on one thread (a problem in the file, or the worker failed)`,
    ),
  onFilesSplit: ({ files, merged }) =>
    debug(
      merged
        ? `${files.length} files, from ${workspaceRelative(files[0] as string)} on, validated on a worker thread`
        : `the worker thread failed; ${files.length} files, from ${workspaceRelative(files[0] as string)} on, validated on one thread`,
    ),
};

/**
 * Validates the data against the schema; fails the step when `fail-on` says so. `parallel` names the
 * action's own entry, which a worker thread re-runs to validate half of a large CSV file, the later files
 * of a large dataset of small CSV files, or about half of the columns of a large Parquet file.
 */
export async function validateMode(
  inputs: ValidateDataInputs,
  readOptions: ReadOptions,
  parallel: ParallelOptions,
): Promise<void> {
  const schema = await readSchemaFile(inputs.schema, workspaceRelative(inputs.schema)).catch(
    (error: unknown) => {
      throw toUserError(error);
    },
  );
  const result = await validateDataset(inputs.files, schema, {
    ...readOptions,
    maxExamples: inputs.maxExamples,
    displayName: workspaceRelative,
    parallel: { ...parallel, ...splitDebugLines },
  });
  const failing =
    inputs.failOn === "error"
      ? result.errors > 0
      : inputs.failOn === "warning" && result.errors + result.warnings > 0;
  const status = failing ? "fail" : result.errors + result.warnings > 0 ? "warn" : "pass";
  const summary = summaryLine(result);

  annotateAll(checkAnnotations(result.checks));
  addHeading("Validate data");
  addParagraph(`${status === "pass" ? "✅" : status === "warn" ? "⚠️" : "❌"} ${summary}`);
  addTable(CHECK_TABLE_HEADER, checkRows(result.checks));
  if (result.checks.length > MAX_TABLE_ROWS) {
    addParagraph(
      `The table shows the first ${MAX_TABLE_ROWS} of ${result.checks.length} checks (failures first); the report lists them all.`,
    );
  }
  await writeSummary();

  setOutput("valid", String(result.valid));
  setOutput("errors", String(result.errors));
  setOutput("warnings", String(result.warnings));
  setOutput("rows", String(result.rows));
  await writeReport({
    action: "validate-data",
    status,
    summary,
    data: validationReportData(result, inputs.schema, inputs.failOn),
  });
  if (failing) {
    process.exitCode = 1;
    annotate({ level: "error", message: `Data validation failed: ${summary}` });
  } else info(summary);
}
