import { statSync } from "node:fs";
import path from "node:path";
import { parseDuration } from "./duration.ts";
import { UserError } from "./errors.ts";
import { inputValue } from "./workflow-commands.ts";
import { resolveInWorkspace, workspaceDir } from "./workspace.ts";

/**
 * Typed readers over the runner's `INPUT_<NAME>` variables. Every reader trims the value like
 * @actions/core does, treats an empty value as "not given", and throws a one-line UserError that names
 * the input, the value and what is accepted.
 *
 * Each reader returns `T` when `required: true` or a `default` is given, and `T | undefined` otherwise.
 */
export interface PresenceOptions<T> {
  required?: boolean;
  default?: T;
}
type Given<T> = { required: true } | { default: T };

/** The raw, trimmed input ("" when not given); `INPUT_` + name upper-cased with spaces as `_`. */
export function rawInput(name: string): string {
  return inputValue(name);
}

export function invalidInput(name: string, value: string, expected: string): UserError {
  return new UserError(`Input '${name}' has value '${showValue(value)}': expected ${expected}`);
}

export function missingInput(name: string): UserError {
  return new UserError(`Input '${name}' is required but was not given`);
}

function showValue(value: string): string {
  const oneLine = value.replace(/\r?\n/g, "\\n");
  return oneLine.length > 120 ? `${oneLine.slice(0, 117)}...` : oneLine;
}

function read<T>(name: string, options: PresenceOptions<T>, parse: (value: string) => T): T | undefined {
  const value = rawInput(name);
  if (value === "") {
    if (options.required) throw missingInput(name);
    return options.default;
  }
  return parse(value);
}

export function getStringInput(name: string, options: Given<string>): string;
export function getStringInput(name: string, options?: PresenceOptions<string>): string | undefined;
export function getStringInput(name: string, options: PresenceOptions<string> = {}): string | undefined {
  return read(name, options, (value) => value);
}

const TRUE_VALUES = ["true", "True", "TRUE"];
const FALSE_VALUES = ["false", "False", "FALSE"];

/** YAML 1.2 core schema booleans, as @actions/core accepts: true|True|TRUE|false|False|FALSE. */
export function getBooleanInput(name: string, options: Given<boolean>): boolean;
export function getBooleanInput(name: string, options?: PresenceOptions<boolean>): boolean | undefined;
export function getBooleanInput(name: string, options: PresenceOptions<boolean> = {}): boolean | undefined {
  return read(name, options, (value) => {
    if (TRUE_VALUES.includes(value)) return true;
    if (FALSE_VALUES.includes(value)) return false;
    throw invalidInput(name, value, "true or false (also True, TRUE, False, FALSE)");
  });
}

export interface NumberOptions extends PresenceOptions<number> {
  min?: number;
  max?: number;
  integer?: boolean;
}

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

export function getNumberInput(name: string, options: NumberOptions & Given<number>): number;
export function getNumberInput(name: string, options?: NumberOptions): number | undefined;
export function getNumberInput(name: string, options: NumberOptions = {}): number | undefined {
  return read(name, options, (value) => {
    const number = Number(value);
    const ok =
      DECIMAL.test(value) &&
      Number.isFinite(number) &&
      (!options.integer || Number.isInteger(number)) &&
      (options.min === undefined || number >= options.min) &&
      (options.max === undefined || number <= options.max);
    if (!ok) throw invalidInput(name, value, describeNumber(options));
    return number;
  });
}

function describeNumber({ min, max, integer }: NumberOptions): string {
  const kind = integer ? "an integer" : "a number";
  if (min !== undefined && max !== undefined) return `${kind} between ${min} and ${max}`;
  if (min !== undefined) return `${kind} >= ${min}`;
  if (max !== undefined) return `${kind} <= ${max}`;
  return kind;
}

export interface EnumOptions<T extends string> extends PresenceOptions<T> {
  values: readonly T[];
}

/** One of `values`, matched case-insensitively and returned in its canonical spelling. */
export function getEnumInput<T extends string>(name: string, options: EnumOptions<T> & Given<T>): T;
export function getEnumInput<T extends string>(name: string, options: EnumOptions<T>): T | undefined;
export function getEnumInput<T extends string>(name: string, options: EnumOptions<T>): T | undefined {
  return read(name, options, (value) => {
    const match = options.values.find((accepted) => accepted.toLowerCase() === value.toLowerCase());
    if (match === undefined) throw invalidInput(name, value, `one of ${options.values.join(", ")}`);
    return match;
  });
}

/** Milliseconds, from `90s`, `15m`, `2h`, `1h30m`, `500ms`, `1d` or a plain number of seconds. */
export function getDurationInput(name: string, options: Given<number>): number;
export function getDurationInput(name: string, options?: PresenceOptions<number>): number | undefined;
export function getDurationInput(name: string, options: PresenceOptions<number> = {}): number | undefined {
  return read(name, options, (value) => {
    const ms = parseDuration(value);
    if (ms === undefined) throw invalidInput(name, value, "a duration like 90s, 15m or 1h30m");
    return ms;
  });
}

export interface PathOptions extends PresenceOptions<string> {
  /** What must be at the path; default "any". */
  kind?: "file" | "dir" | "any";
  /** Default true; false for paths the action will create. */
  mustExist?: boolean;
}

/** An absolute path, resolved against GITHUB_WORKSPACE. A default is resolved the same way. */
export function getPathInput(name: string, options: PathOptions & Given<string>): string;
export function getPathInput(name: string, options?: PathOptions): string | undefined;
export function getPathInput(name: string, options: PathOptions = {}): string | undefined {
  const value = rawInput(name) || options.default;
  if (value === undefined || value === "") {
    if (options.required) throw missingInput(name);
    return undefined;
  }
  const resolved = resolveInWorkspace(value);
  const kind = options.kind ?? "any";
  if (options.mustExist === false) return resolved;
  const stats = statSync(resolved, { throwIfNoEntry: false });
  const fits =
    stats !== undefined && (kind === "any" || (kind === "file" ? stats.isFile() : stats.isDirectory()));
  if (!fits) {
    const what = { file: "an existing file", dir: "an existing directory", any: "an existing path" }[kind];
    throw invalidInput(name, value, `${what} (looked at ${resolved})`);
  }
  return resolved;
}

export interface ListOptions {
  required?: boolean;
  /** Also split on commas; default false. */
  commas?: boolean;
}

/**
 * A list, one item a line (and comma-separated when `commas`). Items are trimmed; blank items and
 * items starting with `#` (comment lines) are dropped. Not given = [] unless required.
 */
export function getListInput(name: string, options: ListOptions = {}): string[] {
  const items = splitList(rawInput(name), options.commas ?? false);
  if (items.length === 0 && options.required) throw missingInput(name);
  return items;
}

export function splitList(text: string, commas: boolean): string[] {
  return text
    .split(/\r?\n/)
    .filter((line) => !line.trim().startsWith("#"))
    .flatMap((line) => (commas ? line.split(",") : [line]))
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

export interface GlobOptions {
  required?: boolean;
  /** Return [] instead of failing when the patterns match nothing; default false. */
  allowEmpty?: boolean;
  /** Also return directories; default false (files only). */
  matchDirectories?: boolean;
}

/**
 * Files matched by the input's glob patterns (one a line, `!` negates, `#` comments; @actions/glob
 * syntax), relative patterns taken from GITHUB_WORKSPACE. Returns sorted absolute paths.
 */
export async function getGlobInput(name: string, options: GlobOptions = {}): Promise<string[]> {
  const patterns = splitList(rawInput(name), false);
  if (patterns.length === 0) {
    if (options.required) throw missingInput(name);
    return [];
  }
  const literal = literalFiles(patterns);
  if (literal) return literal;
  const anchored = patterns.map(anchorPattern).join("\n");
  // Loaded on use: most actions never read a glob input and should not pay for the module at start-up.
  const glob = await import("@actions/glob");
  const globber = await glob.create(anchored, {
    matchDirectories: options.matchDirectories ?? false,
  });
  const files = (await globber.glob()).sort();
  if (files.length === 0 && !options.allowEmpty) {
    throw invalidInput(
      name,
      patterns.join("\n"),
      `a glob that matches at least one file (nothing matched in ${workspaceDir()})`,
    );
  }
  return files;
}

/** Characters that make a pattern more than a path (@actions/glob and minimatch syntax), or a comment. */
const PATTERN_SYNTAX = /[*?[\]{}()!#~\\]/;

/**
 * The files the patterns name, when each is a plain path to an existing file: what @actions/glob would
 * return (absolute, normalized, sorted, no repeats), without loading it (and the 150 KB it brings).
 */
function literalFiles(patterns: readonly string[]): string[] | undefined {
  if (patterns.some((pattern) => PATTERN_SYNTAX.test(pattern))) return undefined;
  const files = patterns.map((pattern) => path.resolve(resolveGlobBase(pattern)));
  if (!files.every((file) => statSync(file, { throwIfNoEntry: false })?.isFile())) return undefined;
  return [...new Set(files)].sort();
}

function anchorPattern(pattern: string): string {
  const negated = pattern.startsWith("!");
  const body = negated ? pattern.slice(1) : pattern;
  return `${negated ? "!" : ""}${resolveGlobBase(body)}`;
}

function resolveGlobBase(pattern: string): string {
  if (path.isAbsolute(pattern) || pattern.startsWith("~")) return pattern;
  return path.join(workspaceDir(), pattern);
}
