import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { fileProblemResults, inferSchema, type ReadOptions, renderInferredSchema } from "@mlops-actions/data";
import {
  addCodeBlock,
  addHeading,
  addParagraph,
  annotateAll,
  info,
  setOutput,
  workspaceRelative,
  writeReport,
  writeSummary,
} from "@mlops-actions/kit";
import { checkAnnotations } from "./annotations.ts";
import type { ValidateDataInputs } from "./inputs.ts";
import { inferReportData } from "./report-data.ts";

/** `infer: true`: writes the schema inferred from the data to the `schema` path, for review. */
export async function inferMode(inputs: ValidateDataInputs, readOptions: ReadOptions): Promise<void> {
  const inferred = await inferSchema(inputs.files, readOptions);
  const yaml = renderInferredSchema(inferred);
  await mkdir(dirname(inputs.schema), { recursive: true });
  await writeFile(inputs.schema, yaml);
  const where = workspaceRelative(inputs.schema);
  const summary = `inferred a schema for ${inferred.columns.length} columns from ${inferred.rows} rows; written to ${where}`;
  info(summary);
  // A damaged or malformed file still gives a schema, from what could be read: its problems are told as
  // validation tells them, as warnings.
  const problems = fileProblemResults(inferred.problems, inputs.maxExamples, workspaceRelative);
  annotateAll(
    checkAnnotations(problems).map((annotation) => ({
      ...annotation,
      level: "warning",
      message: `${annotation.message}; the schema is inferred from the rows that could be read`,
    })),
  );
  addHeading("Validate data: inferred schema");
  addParagraph(summary);
  addCodeBlock(yaml, "yaml");
  await writeSummary();
  setOutput("valid", "true");
  setOutput("errors", "0");
  setOutput("warnings", String(inferred.problems.length));
  setOutput("rows", String(inferred.rows));
  await writeReport({
    action: "validate-data",
    status: inferred.problems.length > 0 ? "warn" : "pass",
    summary,
    data: inferReportData(inputs.files, inferred.rows, inputs.schema, inferred.columns.length),
  });
}
