import { appendFileSync, existsSync } from "node:fs";
import { EOL } from "node:os";
import { randomHex } from "./random-hex.ts";

// The runner's workflow-command protocol (GitHub docs: "Workflow commands for GitHub Actions"), written
// here rather than taken from @actions/core: that module loads its OIDC client (undici, ~1 MB of
// code, 40-60 ms) and @actions/exec whenever it is imported, and most actions need neither. The lines
// and files written are the ones @actions/core writes.

/** Where an annotation points, as @actions/core's `AnnotationProperties`. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** The trimmed value of `INPUT_<NAME>` (upper-cased, spaces as `_`), "" when not given. */
export function inputValue(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}

/** Sets a step output: in the `GITHUB_OUTPUT` file, or as a `set-output` command without one. */
export function writeOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT;
  if (file) {
    appendFileCommand("OUTPUT", file, keyValueMessage(name, value));
    return;
  }
  process.stdout.write(EOL);
  issueCommand("set-output", { name }, value);
}

/** `::add-mask::`: the runner replaces the value by *** in the log from now on. */
export function addMask(secret: string): void {
  issueCommand("add-mask", {}, secret);
}

/** True when the run has debug logging on (`RUNNER_DEBUG=1`). */
export function isDebug(): boolean {
  return process.env.RUNNER_DEBUG === "1";
}

/** A line of the step log. */
export function info(message: string): void {
  process.stdout.write(message + EOL);
}

/** A line shown only with debug logging on. */
export function debug(message: string): void {
  issueCommand("debug", {}, message);
}

export function annotation(
  level: "error" | "warning" | "notice",
  message: string,
  properties: AnnotationProperties = {},
): void {
  const { title, file, startLine, endLine, startColumn, endColumn } = properties;
  issueCommand(level, { title, file, line: startLine, endLine, col: startColumn, endColumn }, message);
}

/** `::command key=value,...::message`; properties without a value (or 0, as @actions/core) are left out. */
function issueCommand(
  command: string,
  properties: Record<string, string | number | undefined>,
  message: string,
) {
  const pairs = Object.entries(properties)
    .filter(([, value]) => Boolean(value))
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  const head = pairs.length > 0 ? `::${command} ${pairs.join(",")}` : `::${command}`;
  process.stdout.write(`${head}::${escapeData(message)}${EOL}`);
}

function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** `name<<delimiter` lines with a random delimiter that neither the name nor the value contains. */
function keyValueMessage(name: string, value: string): string {
  // Shaped as @actions/core's (a UUID after the prefix).
  const hex = randomHex(32);
  const delimiter = `ghadelimiter_${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Unexpected input: the output '${name}' contains the delimiter "${delimiter}"`);
  }
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}

function appendFileCommand(command: string, file: string, message: string): void {
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file} (GITHUB_${command})`);
  appendFileSync(file, `${message}${EOL}`, { encoding: "utf8" });
}
