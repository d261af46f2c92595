import { readFile as readText } from "node:fs/promises";
import { byteReadable, DEFAULT_MAX_RECORD_BYTES, type ReadOptions, readDataset } from "@mlops-actions/data";
import type { ColumnProfile, ProfileLimits } from "./column-profile.ts";
import { DEFAULT_LIMITS } from "./column-profile.ts";
import { DatasetProfile, isProfileJSON } from "./dataset-profile.ts";
import { DriftInputError } from "./errors.ts";
import { profileCsvBytes } from "./profile-csv-bytes.ts";
import { addRows } from "./profile-rows.ts";

/**
 * One streaming pass over data files (CSV, TSV, JSON Lines, Parquet, maybe gzipped) into a profile.
 * Each file is profiled on its own and merged, so files may have columns in different orders; a file
 * problem (ragged row, bad quoting...) fails with its file and line. Plain CSV/TSV files are read from
 * their bytes (no string per number), the others through `readDataset`: the same profile either way.
 */
export async function profileFiles(
  files: readonly string[],
  limits: ProfileLimits = DEFAULT_LIMITS,
  options: ReadOptions = {},
): Promise<DatasetProfile> {
  const whole = new DatasetProfile(limits);
  for (const file of files) {
    const part = new DatasetProfile(limits);
    const plan = await byteReadable(file, options);
    if (plan) {
      profileCsvBytes(file, plan, part, options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES);
      whole.merge(part, true);
      continue;
    }
    let targets: ColumnProfile[] = [];
    for await (const event of readDataset([file], options)) {
      if (event.kind === "header") targets = event.columns.map((name) => part.column(name));
      else if (event.kind === "rows") {
        addRows(targets, event.rows);
        part.rows += event.rows.length;
      } else if (event.problem.kind !== "header-only") {
        const where = event.problem.line ? `${event.problem.file}:${event.problem.line}` : event.problem.file;
        throw new DriftInputError(`${where}: ${event.problem.message}`);
      }
    }
    whole.merge(part, true);
  }
  return whole;
}

/**
 * Saved profiles when every file is one (`.json` with the profile schema), merged in the order given —
 * the profiles of shards make the profile of the whole — else the profile of the data files.
 */
export async function loadProfileOrData(
  files: readonly string[],
  limits: ProfileLimits = DEFAULT_LIMITS,
): Promise<{ profile: DatasetProfile; fromProfile: boolean }> {
  const json = files.filter((file) => file.toLowerCase().endsWith(".json"));
  if (json.length === 0) return { profile: await profileFiles(files, limits), fromProfile: false };
  if (json.length !== files.length) {
    throw new DriftInputError(`${json[0]}: profiles (.json) and data files cannot be mixed in one input`);
  }
  let whole: DatasetProfile | undefined;
  for (const file of files) {
    const profile = await readProfile(file);
    whole = whole ? whole.merge(profile) : profile;
  }
  return { profile: whole as DatasetProfile, fromProfile: true };
}

async function readProfile(file: string): Promise<DatasetProfile> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readText(file, "utf8"));
  } catch (error) {
    throw new DriftInputError(`${file}: not valid JSON (${(error as Error).message.split("\n")[0]})`);
  }
  if (!isProfileJSON(parsed))
    throw new DriftInputError(`${file}: a .json file must be a profile saved by drift-check`);
  return DatasetProfile.fromJSON(parsed);
}
