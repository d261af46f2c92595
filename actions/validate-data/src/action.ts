import type { ValidationWorker } from "@mlops-actions/data/validate-worker";
import { run } from "@mlops-actions/kit";
import { inferMode } from "./infer-mode.ts";
import { readInputs } from "./inputs.ts";
import { validateMode } from "./validate-mode.ts";

/**
 * The action; `entry` is the script it started from, which a worker thread re-runs (see main.ts), and
 * `worker` such a thread already started.
 */
export async function runAction(entry: URL, worker?: ValidationWorker): Promise<void> {
  await run(async () => {
    const inputs = await readInputs();
    const readOptions = {
      ...(inputs.format && { format: inputs.format }),
      ...(inputs.delimiter && { delimiter: inputs.delimiter }),
    };
    if (inputs.infer) await inferMode(inputs, readOptions);
    else await validateMode(inputs, readOptions, { workerScript: entry, ...(worker && { worker }) });
  });
}
