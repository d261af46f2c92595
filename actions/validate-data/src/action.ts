import { run } from "@mlops-actions/kit";
import { inferMode } from "./infer-mode.ts";
import { readInputs } from "./inputs.ts";
import { validateMode } from "./validate-mode.ts";

/** The action; `entry` is the script it started from, which a worker thread re-runs (see main.ts). */
export async function runAction(entry: URL): Promise<void> {
  await run(async () => {
    const inputs = await readInputs();
    const readOptions = {
      ...(inputs.format && { format: inputs.format }),
      ...(inputs.delimiter && { delimiter: inputs.delimiter }),
    };
    if (inputs.infer) await inferMode(inputs, readOptions);
    else await validateMode(inputs, readOptions, entry);
  });
}
