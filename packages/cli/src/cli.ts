import { ActionManifestError } from "@mlops-actions/runner";
import { parseCommandLine, usage } from "./args.ts";
import { listCommand } from "./list-command.ts";
import { type CliIo, runCommand } from "./run-command.ts";
import { UsageError } from "./usage-error.ts";

/** Runs the CLI with the given arguments; resolves to the process exit code. */
export async function cli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseCommandLine(argv);
    switch (command.kind) {
      case "help":
        io.stdout.write(`${usage}\n`);
        return 0;
      case "list":
        return listCommand(command, io);
      case "run":
        return await runCommand(command, io);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof ActionManifestError) {
      io.stderr.write(`mlops-actions: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
