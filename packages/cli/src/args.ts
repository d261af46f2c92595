import { parseArgs } from "node:util";
import { UsageError } from "./usage-error.ts";

export interface RunCommand {
  kind: "run";
  action: string;
  inputs: Record<string, string>;
  env: Record<string, string>;
  workspace?: string;
  event?: string;
  actionsDir?: string;
  json: boolean;
  /** Keep the runner's temp folder (RUNNER_TEMP with the reports) instead of removing it. */
  keepTemp: boolean;
}

export interface ListCommand {
  kind: "list";
  actionsDir?: string;
  json: boolean;
}

export type Command = RunCommand | ListCommand | { kind: "help" };

export const usage = `Usage:
  mlops-actions run <action> [--with name=value]... [--env NAME=VALUE]... [--workspace DIR]
                    [--event push|pull_request|schedule|workflow_dispatch|FILE.json] [--json] [--keep-temp]
  mlops-actions list [--json]
  mlops-actions help

<action> is the name of a folder under actions/ or a path to a folder with an action.yml.
Options (run and list): --actions-dir DIR  look for actions in DIR instead of the repository's actions/.`;

export function parseCommandLine(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
    case "help":
    case "--help":
    case "-h":
      return { kind: "help" };
    case "run":
      return parseRun(rest);
    case "list":
      return parseList(rest);
    default:
      throw new UsageError(`unknown command '${command}' (expected run, list or help)`);
  }
}

function parseRun(argv: string[]): RunCommand {
  const { values, positionals } = parse(argv, {
    with: { type: "string", multiple: true },
    env: { type: "string", multiple: true },
    workspace: { type: "string" },
    event: { type: "string" },
    "actions-dir": { type: "string" },
    json: { type: "boolean" },
    "keep-temp": { type: "boolean" },
  });
  if (positionals.length === 0)
    throw new UsageError("run: missing the action to run (a name under actions/ or a path)");
  if (positionals.length > 1) throw new UsageError(`run: unexpected argument '${positionals[1]}'`);
  return {
    kind: "run",
    action: positionals[0] as string,
    inputs: pairs(values.with as string[] | undefined, "--with", "name=value"),
    env: pairs(values.env as string[] | undefined, "--env", "NAME=VALUE"),
    ...(typeof values.workspace === "string" ? { workspace: values.workspace } : {}),
    ...(typeof values.event === "string" ? { event: values.event } : {}),
    ...(typeof values["actions-dir"] === "string" ? { actionsDir: values["actions-dir"] } : {}),
    json: values.json === true,
    keepTemp: values["keep-temp"] === true,
  };
}

function parseList(argv: string[]): ListCommand {
  const { values, positionals } = parse(argv, {
    "actions-dir": { type: "string" },
    json: { type: "boolean" },
  });
  if (positionals.length > 0) throw new UsageError(`list: unexpected argument '${positionals[0]}'`);
  return {
    kind: "list",
    ...(typeof values["actions-dir"] === "string" ? { actionsDir: values["actions-dir"] } : {}),
    json: values.json === true,
  };
}

type OptionSpec = Record<string, { type: "string" | "boolean"; multiple?: boolean }>;

function parse(
  argv: string[],
  options: OptionSpec,
): { values: Record<string, unknown>; positionals: string[] } {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs messages are clear but multi-sentence; keep the first sentence on one line.
    const message =
      (error as Error).message.split("\n")[0]?.replace(/\. To specify a positional.*$/, "") ?? "";
    throw new UsageError(message);
  }
}

/** `--with name=value` values: split at the first '=', the value kept exactly (it may contain '='). */
function pairs(entries: string[] | undefined, flag: string, shape: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const entry of entries ?? []) {
    const equals = entry.indexOf("=");
    if (equals <= 0) throw new UsageError(`${flag} '${entry}' is not ${shape}`);
    result[entry.slice(0, equals)] = entry.slice(equals + 1);
  }
  return result;
}
