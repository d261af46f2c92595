// drift-check's memory is bounded whatever the row count: its peak RSS profiling two 10M-row CSVs against
// its own peak at 1M rows (the same data generator as drift-check.bench.ts, 10 columns). Past the exact
// limit (1M numbers a column) the profiles keep only a sketch, so the peak must not grow with the rows
// (target: a ratio of at most 1.2, on the `data` runs). Each size runs the bundled action four times:
//   data      reference and current CSVs, method evidently (the peak the ratio compares)
//   profile   the same, saving the reference's profile (`profile-out`); then the current's the same way
//   profiles  drift from the two saved profiles only
// Peak RSS from GNU time (/usr/bin/time, required). BENCH_DATA_ROWS (default 1,000,000) is the small
// size, BENCH_MEMORY_ROWS (default 10 times that) the large one.
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { type BenchResult, type Measure, measure, repoRoot, saveResult, stepEnv } from "./lib.ts";
import { writeDriftData } from "./peers/drift-check/drift-bench-support.ts";

const SMALL = Number(process.env.BENCH_DATA_ROWS ?? 1_000_000);
const LARGE = Number(process.env.BENCH_MEMORY_ROWS ?? 10 * SMALL);
const TARGET = 1.2;
const bundle = join(repoRoot, "actions", "drift-check", "dist", "index.js");

interface SizeRuns {
  rows: number;
  data: Measure;
  profileOut: Measure;
  profiles: Measure;
  profileBytes: number;
}

/** The four runs at one size, in a scratch folder removed afterwards (10M rows is 1.2 GB of CSV). */
async function runSize(rows: number): Promise<SizeRuns> {
  const scratch = mkdtempSync(join(tmpdir(), "bench-drift-memory-"));
  try {
    const reference = join(scratch, "reference.csv");
    const current = join(scratch, "current.csv");
    await writeDriftData(reference, rows, 0, 1);
    await writeDriftData(current, rows, 0.05, 2);
    const run = (inputs: Record<string, string>): Measure =>
      measure(
        process.execPath,
        [bundle],
        stepEnv(scratch, "step", scratch, {
          INPUT_METHOD: "evidently",
          "INPUT_FAIL-ON-DRIFT": "false",
          ...inputs,
        }),
        scratch,
      );
    const referenceProfile = join(scratch, "reference.profile.json");
    const currentProfile = join(scratch, "current.profile.json");
    const data = run({ INPUT_REFERENCE: reference, INPUT_CURRENT: current });
    const profileOut = run({
      INPUT_REFERENCE: reference,
      INPUT_CURRENT: current,
      "INPUT_PROFILE-OUT": referenceProfile,
    });
    run({ INPUT_REFERENCE: current, INPUT_CURRENT: reference, "INPUT_PROFILE-OUT": currentProfile });
    const profiles = run({ INPUT_REFERENCE: referenceProfile, INPUT_CURRENT: currentProfile });
    return { rows, data, profileOut, profiles, profileBytes: statSync(referenceProfile).size };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function describe(size: SizeRuns): string {
  const mib = (m: Measure) => `${m.peakMiB?.toFixed(0)} MiB`;
  return `${size.rows} rows: data ${mib(size.data)} (${(size.data.wallMs / 1000).toFixed(1)} s), with profile-out ${mib(size.profileOut)}, from profiles ${mib(size.profiles)} (profile ${(size.profileBytes / 2 ** 20).toFixed(1)} MiB)`;
}

if (!existsSync("/usr/bin/time")) {
  console.log("drift-check-memory: skipped, GNU time (/usr/bin/time) is needed for peak RSS");
} else {
  const small = await runSize(SMALL);
  console.log(`drift-check-memory: ${describe(small)}`);
  const large = await runSize(LARGE);
  console.log(`drift-check-memory: ${describe(large)}`);
  const peak = (size: SizeRuns) => size.data.peakMiB ?? Number.NaN;
  const ratio = peak(large) / peak(small);
  const result: BenchResult & Record<string, unknown> = {
    name: "drift-check-memory",
    ours: `actions/drift-check (bundle, method evidently) on ${LARGE} vs ${LARGE} rows x 10 columns`,
    peer: `the same on ${SMALL} vs ${SMALL} rows`,
    metric: "peak RSS profiling both CSVs, MiB",
    oursValue: peak(large),
    peerValue: peak(small),
    ratio,
    target: `<= ${TARGET}`,
    met: ratio <= TARGET,
    runs: 1,
    node: process.version,
    date: new Date().toISOString(),
    peakMiB: Object.fromEntries(
      [small, large].map((size) => [
        size.rows,
        {
          data: size.data.peakMiB,
          profileOut: size.profileOut.peakMiB,
          fromProfiles: size.profiles.peakMiB,
        },
      ]),
    ),
    wallMs: Object.fromEntries([small, large].map((size) => [size.rows, Math.round(size.data.wallMs)])),
    profileBytes: Object.fromEntries([small, large].map((size) => [size.rows, size.profileBytes])),
    loadAverage: loadavg().map((load) => +load.toFixed(2)),
  };
  saveResult(result);
}
