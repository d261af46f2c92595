import { readFile } from "node:fs/promises";
import { workspaceRelative } from "@mlops-actions/kit";
import {
  comparePredictions,
  type NoiseComparison,
  type PredictionsFile,
  pairPredictions,
  parsePredictions,
} from "@mlops-actions/metrics";
import { asUserError, asUserErrorAsync } from "./user-errors.ts";

/** Reads both prediction files, pairs their examples and compares the models. */
export async function compareFromFiles(
  candidatePath: string,
  baselinePath: string,
): Promise<NoiseComparison> {
  const candidate = await readPredictionsFile(candidatePath);
  const baseline = await readPredictionsFile(baselinePath);
  return asUserError(() => comparePredictions(pairPredictions(candidate, baseline)));
}

async function readPredictionsFile(path: string): Promise<PredictionsFile> {
  const file = workspaceRelative(path);
  const text = await readFile(path, "utf8");
  return asUserErrorAsync(() => parsePredictions(text, file));
}
