import { TrainError } from "./errors.ts";

/**
 * How a step's `shell` runs its script, as GitHub's runner does for `run:` steps
 * (docs: "jobs.<job_id>.steps[*].shell"): the script is written to a file and `{0}` in the template is
 * replaced by that file's path. The command text never passes through another shell string.
 */
export interface ShellCommand {
  /** The program, then its arguments, with the script file in place of `{0}`. */
  argv: string[];
  /** Extension the script file needs (python refuses nothing, but tracebacks read better with .py). */
  extension: string;
}

const BUILT_IN: Record<string, { template: string; extension: string }> = {
  bash: { template: "bash --noprofile --norc -eo pipefail {0}", extension: ".sh" },
  sh: { template: "sh -e {0}", extension: ".sh" },
  python: { template: "python {0}", extension: ".py" },
  pwsh: { template: "pwsh -command . '{0}'", extension: ".ps1" },
};

export const BUILT_IN_SHELLS = Object.keys(BUILT_IN);

/** Resolves `shell` (a built-in name or a custom template containing `{0}`) for a script file path. */
export function shellCommand(shell: string, scriptPath: string): ShellCommand {
  const builtIn = BUILT_IN[shell.trim()];
  const template = builtIn?.template ?? shell.trim();
  if (!template.includes("{0}")) {
    throw new TrainError(
      `Input 'shell' has value '${shell}': expected ${BUILT_IN_SHELLS.join(", ")} or a command template containing {0}, such as 'bash -e {0}'`,
    );
  }
  const argv = template
    .split(/\s+/)
    .filter((word) => word !== "")
    .map((word) => word.replaceAll("{0}", scriptPath));
  return { argv, extension: builtIn?.extension ?? "" };
}
