import { PredictionsError } from "./predictions-error.ts";

/** One side's per-example predictions: the truth, the prediction and, optionally, a score per example. */
export interface PredictionsFile {
  file: string;
  ids?: string[];
  labels: string[];
  predictions: string[];
  /** Probability of the positive class (binary classification), when a score column is given. */
  scores?: number[];
}

const COLUMNS = {
  id: ["id", "example_id", "example"],
  label: ["label", "y_true", "target", "truth", "actual"],
  prediction: ["prediction", "y_pred", "pred", "predicted"],
  score: ["score", "y_score", "proba", "probability", "y_proba"],
} as const;

/**
 * Parses a CSV or TSV (by the extension of `file`, else sniffed from the header) with a header row naming
 * the columns: `label` (or y_true, target, truth, actual), `prediction` (or y_pred, pred, predicted),
 * optional `id` and optional `score` (the positive class's probability). `file` is the name errors and
 * the result point at. csv-parse is loaded only here.
 */
export async function parsePredictions(text: string, file: string): Promise<PredictionsFile> {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = /\.tsv$/i.test(file) || (!/\.csv$/i.test(file) && firstLine.includes("\t")) ? "\t" : ",";
  const { parse } = await import("csv-parse/sync");
  let rows: string[][];
  try {
    rows = parse(text, { delimiter, trim: true, skip_empty_lines: true, bom: true }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new PredictionsError(
      `${file}${line ? `:${line}` : ""}: not a valid ${delimiter === "," ? "CSV" : "TSV"} file: ${(error as Error).message}`,
      {
        file,
        ...(line !== undefined && { line }),
      },
    );
  }
  const [header = [], ...body] = rows;
  const column = (names: readonly string[]) => header.findIndex((h) => names.includes(h.toLowerCase()));
  const at = {
    id: column(COLUMNS.id),
    label: column(COLUMNS.label),
    prediction: column(COLUMNS.prediction),
    score: column(COLUMNS.score),
  };
  if (at.label < 0 || at.prediction < 0) {
    throw new PredictionsError(
      `${file}:1: expected a header with a 'label' column (or ${COLUMNS.label.slice(1).join(", ")}) and a 'prediction' column (or ${COLUMNS.prediction.slice(1).join(", ")}); found ${header.join(", ") || "nothing"}`,
      { file, line: 1 },
    );
  }
  if (body.length === 0)
    throw new PredictionsError(`${file}: no examples after the header`, { file, line: 1 });
  const cell = (row: string[], index: number) => row[index] ?? "";
  const scores =
    at.score < 0 ? undefined : body.map((row, i) => parseScore(cell(row, at.score), file, i + 2));
  return {
    file,
    ...(at.id >= 0 && { ids: body.map((row) => cell(row, at.id)) }),
    labels: body.map((row) => cell(row, at.label)),
    predictions: body.map((row) => cell(row, at.prediction)),
    ...(scores && { scores }),
  };
}

function parseScore(text: string, file: string, line: number): number {
  const value = Number(text);
  if (text === "" || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new PredictionsError(`${file}:${line}: score '${text}' is not a probability between 0 and 1`, {
      file,
      line,
    });
  }
  return value;
}
