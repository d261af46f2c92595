import { UserError } from "@mlops-actions/kit";
import { readMetricsFile, SourceError } from "@mlops-actions/metrics";

const MAX_LENGTH = 256;

/**
 * The metrics file as a one-line label value, `accuracy=0.953, f1=0.947`: numbers only (rounded to 4
 * significant digits), in file order, cut at whole entries to stay short.
 */
export async function metricsSummary(path: string): Promise<string> {
  let metrics: Awaited<ReturnType<typeof readMetricsFile>>["metrics"];
  try {
    ({ metrics } = await readMetricsFile(path));
  } catch (error) {
    if (error instanceof SourceError) {
      throw new UserError(`Input 'metrics': ${error.message}`, {
        file: error.location.file,
        ...(error.location.line !== undefined ? { line: error.location.line } : {}),
        ...(error.location.column !== undefined ? { column: error.location.column } : {}),
      });
    }
    throw error;
  }
  let summary = "";
  for (const [name, value] of metrics) {
    if (typeof value !== "number" || !Number.isFinite(value)) continue;
    const entry = `${name}=${Number(value.toPrecision(4))}`;
    const next = summary ? `${summary}, ${entry}` : entry;
    if (next.length > MAX_LENGTH) break;
    summary = next;
  }
  return summary;
}
