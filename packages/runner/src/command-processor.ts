import { SecretMasker } from "./secret-masker.ts";
import type { Annotation, AnnotationLevel } from "./types.ts";
import { parseWorkflowCommand, type WorkflowCommand } from "./workflow-command.ts";

export const setOutputDeprecation =
  "The `set-output` command is deprecated and will be disabled soon. Please upgrade to using Environment Files. " +
  "For more information see: https://github.blog/changelog/2022-10-11-github-actions-deprecating-save-state-and-set-output-commands/";
export const saveStateDeprecation =
  "The `save-state` command is deprecated and will be disabled soon. Please upgrade to using Environment Files. " +
  "For more information see: https://github.blog/changelog/2022-10-11-github-actions-deprecating-save-state-and-set-output-commands/";

const knownCommands = [
  "stop-commands",
  "set-output",
  "save-state",
  "add-mask",
  "debug",
  "error",
  "warning",
  "notice",
  "group",
  "endgroup",
  "echo",
  "set-env",
  "add-path",
  "add-matcher",
  "remove-matcher",
];

/** Commands whose line the runner never echoes, even with `::echo::on` (OmitEcho in the runner). */
const neverEchoed = new Set(["add-mask", "debug", "error", "warning", "notice"]);

export interface CommandProcessorOptions {
  masker?: SecretMasker;
  /** RUNNER_DEBUG / ACTIONS_STEP_DEBUG: debug messages appear in the log and commands are echoed. */
  debugLogging?: boolean;
  onLogLine?: (line: string) => void;
}

/**
 * Consumes a step's output line by line as the runner's ActionCommandManager does: workflow commands
 * become annotations, outputs, state, masks, groups; other lines go to the (masked) log.
 */
export class CommandProcessor {
  readonly masker: SecretMasker;
  readonly annotations: Annotation[] = [];
  readonly debug: string[] = [];
  readonly logs: string[] = [];
  readonly outputs: Record<string, string> = {};
  readonly state: Record<string, string> = {};
  /** Set when a command fails to process, which fails the step in the runner. */
  commandFailed = false;
  readonly #known = new Set(knownCommands);
  readonly #debugLogging: boolean;
  readonly #onLogLine: ((line: string) => void) | undefined;
  #echo: boolean;
  #stopToken: string | undefined;

  constructor(options: CommandProcessorOptions = {}) {
    this.masker = options.masker ?? new SecretMasker();
    this.#debugLogging = options.debugLogging ?? false;
    this.#echo = this.#debugLogging;
    this.#onLogLine = options.onLogLine;
  }

  processLine(line: string): void {
    const command = parseWorkflowCommand(line, this.#known);
    if (command === undefined) {
      this.#log(line);
      return;
    }
    const name = command.command.toLowerCase();
    if (this.#stopToken !== undefined) {
      if (name === this.#stopToken.toLowerCase()) {
        this.#log(line);
        this.#known.delete(this.#stopToken.toLowerCase());
        this.#stopToken = undefined;
        this.#debugMessage("Resume processing commands");
      } else {
        this.#log(line);
      }
      return;
    }
    if (name === "stop-commands") {
      this.#log(line);
      if (command.data !== "") {
        this.#stopToken = command.data;
        this.#known.add(command.data.toLowerCase());
      }
      return;
    }
    if (this.#echo && !neverEchoed.has(name)) this.#log(line);
    try {
      this.#apply(name, command);
    } catch (error) {
      const shown = name === "add-mask" ? name : line;
      this.#issue("error", `Unable to process command '${shown}' successfully.`);
      this.#issue("error", (error as Error).message);
      this.commandFailed = true;
    }
  }

  /** A warning or error raised by the runner itself (not by a command of the step). */
  runnerIssue(level: AnnotationLevel, message: string): void {
    this.#issue(level, message);
  }

  #apply(name: string, command: WorkflowCommand): void {
    switch (name) {
      case "set-output":
        this.#issue("warning", setOutputDeprecation);
        this.outputs[requireName(command, "set-output")] = command.data;
        return;
      case "save-state":
        this.#issue("warning", saveStateDeprecation);
        this.state[requireName(command, "save-state")] = command.data;
        return;
      case "add-mask":
        if (command.data.trim() === "") {
          this.#issue("warning", "Can't add secret mask for empty string in ##[add-mask] command.");
          return;
        }
        if (this.#echo) this.#log("::add-mask::***");
        this.masker.add(command.data);
        return;
      case "debug":
        this.#debugMessage(command.data);
        return;
      case "error":
      case "warning":
      case "notice":
        this.#issue(name, command.data, annotationProperties(command.properties));
        return;
      case "group":
        this.#log(`##[group]${command.data}`);
        return;
      case "endgroup":
        this.#log("##[endgroup]");
        return;
      case "echo":
        this.#setEcho(command.data);
        return;
      case "set-env":
      case "add-path":
        throw new Error(
          `The \`${name}\` command is disabled. Please upgrade to using Environment Files or opt into unsecure ` +
            "command execution by setting the `ACTIONS_ALLOW_UNSECURE_COMMANDS` environment variable to `true`.",
        );
      default:
        // add-matcher / remove-matcher: problem matchers are not emulated.
        this.#debugMessage(`Command '${name}' is not emulated; ignored.`);
    }
  }

  #setEcho(value: string): void {
    const normalized = value.trim().toUpperCase();
    if (normalized === "ON") this.#echo = true;
    else if (normalized === "OFF") this.#echo = false;
    else {
      throw new Error(
        `Invalid echo command value. Possible values can be: 'on', 'off'. Current value is: '${value}'.`,
      );
    }
  }

  #debugMessage(message: string): void {
    this.debug.push(this.masker.mask(message));
    if (this.#debugLogging) this.#log(`##[debug]${message}`);
  }

  #issue(
    level: AnnotationLevel,
    message: string,
    properties: Omit<Annotation, "level" | "message"> = {},
  ): void {
    const masked = this.masker.mask(message);
    this.annotations.push({ level, message: masked, ...properties });
    this.#log(`##[${level}]${masked}`);
  }

  #log(line: string): void {
    const masked = this.masker.mask(line);
    this.logs.push(masked);
    this.#onLogLine?.(masked);
  }
}

function requireName(command: WorkflowCommand, commandName: string): string {
  const name = command.properties.name;
  if (name === undefined || name === "") {
    throw new Error(`Required field 'name' is missing in ##[${commandName}] command.`);
  }
  return name;
}

/**
 * file/line/endLine/col/endColumn/title of an annotation, with the runner's consistency rules
 * (IssueCommandExtension.ValidateLinesAndColumns): an end without a start becomes the start, columns
 * need a line and a single-line range, ends below starts are dropped.
 */
export function annotationProperties(
  properties: Record<string, string>,
): Omit<Annotation, "level" | "message"> {
  const result: Omit<Annotation, "level" | "message"> = {};
  if (properties.file) result.file = properties.file;
  if (properties.title) result.title = properties.title;
  let line = toInteger(properties.line);
  let endLine = toInteger(properties.endLine);
  let col = toInteger(properties.col);
  let endColumn = toInteger(properties.endColumn);
  if (endLine !== undefined && line === undefined) line = endLine;
  if (endColumn !== undefined && col === undefined) col = endColumn;
  const hasColumn = col !== undefined || endColumn !== undefined;
  if (line === undefined && hasColumn) col = endColumn = undefined;
  if (endLine !== undefined && line !== endLine && hasColumn) col = endColumn = undefined;
  if (line !== undefined && endLine !== undefined && endLine < line) line = endLine = undefined;
  if (col !== undefined && endColumn !== undefined && endColumn < col) col = endColumn = undefined;
  if (line !== undefined) result.line = line;
  if (endLine !== undefined) result.endLine = endLine;
  if (col !== undefined) result.col = col;
  if (endColumn !== undefined) result.endColumn = endColumn;
  return result;
}

function toInteger(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*[+-]?\d+\s*$/.test(value)) return undefined;
  return Number.parseInt(value, 10);
}
