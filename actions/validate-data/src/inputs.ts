import type { DataFormat } from "@mlops-actions/data";
import {
  getBooleanInput,
  getEnumInput,
  getGlobInput,
  getNumberInput,
  getPathInput,
  invalidInput,
  missingInput,
  rawInput,
} from "@mlops-actions/kit";

export type FailOn = "error" | "warning" | "never";

export interface ValidateDataInputs {
  files: string[];
  /** Absolute path of the schema file (to read, or with `infer` to write). */
  schema: string;
  format: DataFormat | undefined;
  delimiter: string | undefined;
  infer: boolean;
  maxExamples: number;
  failOn: FailOn;
}

/** Reads and checks every input before any work, each failure one line naming the input. */
export async function readInputs(): Promise<ValidateDataInputs> {
  const infer = getBooleanInput("infer", { default: false });
  const format = getEnumInput("format", {
    values: ["auto", "csv", "tsv", "jsonl", "parquet"] as const,
    default: "auto",
  });
  const delimiter = readDelimiter();
  const maxExamples = getNumberInput("max-examples", { default: 20, min: 0, max: 1000, integer: true });
  const failOn = getEnumInput("fail-on", {
    values: ["error", "warning", "never"] as const,
    default: "error",
  });
  const schema = getPathInput("schema", { kind: "file", mustExist: !infer });
  if (schema === undefined) throw missingInput("schema");
  const files = await getGlobInput("data", { required: true });
  return {
    files,
    schema,
    format: format === "auto" ? undefined : format,
    delimiter,
    infer,
    maxExamples,
    failOn,
  };
}

/** One character; `\t` and `tab` both mean a tab, as people type it in YAML. */
function readDelimiter(): string | undefined {
  const value = rawInput("delimiter");
  if (value === "") return undefined;
  if (value === "\\t" || value.toLowerCase() === "tab") return "\t";
  if ([...value].length !== 1 || value === '"' || value === "\n" || value === "\r") {
    throw invalidInput("delimiter", value, "one character such as , ; | or \\t (tab)");
  }
  return value;
}
