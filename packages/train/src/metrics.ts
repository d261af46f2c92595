import { readMetricsFile, SourceError } from "@mlops-actions/metrics";
import { TrainError } from "./errors.ts";

/**
 * Reads the metrics file the training wrote (JSON, YAML, CSV or TSV; nested keys flattened with dots)
 * and insists every value is a number: the next steps compare them.
 */
export async function readTrainingMetrics(path: string, shownAs: string): Promise<Record<string, number>> {
  let read: Awaited<ReturnType<typeof readMetricsFile>>;
  try {
    read = await readMetricsFile(path);
  } catch (error) {
    if (error instanceof SourceError) {
      throw new TrainError(`Input 'metrics': ${shownAs}: ${error.reason}`, { file: shownAs, cause: error });
    }
    throw error;
  }
  const metrics: Record<string, number> = {};
  const notNumbers: string[] = [];
  for (const [name, value] of read.metrics) {
    if (typeof value === "number") metrics[name] = value;
    else notNumbers.push(`${name}=${JSON.stringify(value)}`);
  }
  if (notNumbers.length > 0) {
    throw new TrainError(
      `Input 'metrics': ${shownAs} has values that are not numbers: ${notNumbers.slice(0, 5).join(", ")}`,
      { file: shownAs },
    );
  }
  return metrics;
}
