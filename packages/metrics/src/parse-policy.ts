import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parseDocument,
  Scalar,
  type YAMLMap,
} from "yaml";
import { didYouMean } from "./did-you-mean.ts";
import type { Direction } from "./direction.ts";
import { parseRule } from "./parse-rule.ts";
import type { MetricEntry, Policy } from "./policy.ts";
import { type Amount, MISSING_MODES, type Rule, SEVERITIES } from "./rule.ts";
import { SourceError, type SourceLocation } from "./source-error.ts";
import { fromYamlError } from "./yaml-error.ts";

export const TOP_KEYS = ["defaults", "metrics", "rules"] as const;
export const DEFAULT_KEYS = ["tolerance", "severity", "missing"] as const;
export const ENTRY_KEYS = [
  "direction",
  "min",
  "max",
  "max-drop",
  "max-rise",
  "tolerance",
  "severity",
  "missing",
] as const;
const DIRECTIONS: readonly Direction[] = ["higher", "lower"];
const PERCENT = /^\s*(\d+(?:\.\d*)?|\.\d+)\s*%\s*$/;

/**
 * Parses a policy file (see README: `defaults:`, `metrics:` keyed by name or glob, `rules:` a list of
 * inline rules). Every problem is a `SourceError` pointing at the line and column of the offending
 * node, saying what was expected.
 */
export function parsePolicy(text: string, fileName: string): Policy {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const [error] = document.errors;
  if (error) throw fromYamlError(error, fileName);
  const at = (node: Node | null | undefined): SourceLocation => {
    const offset = node?.range?.[0];
    if (offset === undefined) return { file: fileName };
    const { line, col } = lineCounter.linePos(offset);
    return { file: fileName, line, column: col };
  };
  const fail = (node: Node | null | undefined, reason: string): never => {
    throw new SourceError(at(node), reason);
  };

  const policy: Policy = { file: fileName, defaults: {}, metrics: [], rules: [] };
  const root = document.contents;
  if (root === null || (isScalar(root) && root.value === null)) return policy;
  if (!isMap(root)) return fail(root, "expected a mapping with 'defaults', 'metrics' and/or 'rules'");

  for (const pair of pairs(root)) {
    const key = keyOf(pair, fail);
    const value = pair.value as Node | null;
    if (key === "defaults") policy.defaults = readDefaults(value);
    else if (key === "metrics") policy.metrics = readMetrics(value);
    else if (key === "rules") policy.rules = readRules(value);
    else {
      const hint =
        didYouMean(key, TOP_KEYS) ||
        (isMap(value) ? `; metric entries go under 'metrics:'` : `; expected ${TOP_KEYS.join(", ")}`);
      fail(pair.key as Node, `unknown key '${key}' at the top level${hint}`);
    }
  }
  return policy;

  function readDefaults(node: Node | null): Policy["defaults"] {
    const defaults: Policy["defaults"] = {};
    if (isNull(node)) return defaults;
    if (!isMap(node)) return fail(node, "expected 'defaults' to be a mapping (tolerance, severity, missing)");
    for (const pair of pairs(node)) {
      const key = keyOf(pair, fail);
      const value = pair.value as Node | null;
      if (key === "tolerance") defaults.tolerance = readAmount(value, key, "defaults");
      else if (key === "severity") defaults.severity = readChoice(value, key, "defaults", SEVERITIES);
      else if (key === "missing") defaults.missing = readChoice(value, key, "defaults", MISSING_MODES);
      else {
        const onlyPerMetric = (ENTRY_KEYS as readonly string[]).includes(key)
          ? `; '${key}' is set per metric, defaults take only ${DEFAULT_KEYS.join(", ")}`
          : didYouMean(key, DEFAULT_KEYS) || `; expected ${DEFAULT_KEYS.join(", ")}`;
        fail(pair.key as Node, `unknown key '${key}' in defaults${onlyPerMetric}`);
      }
    }
    return defaults;
  }

  function readMetrics(node: Node | null): MetricEntry[] {
    if (isNull(node)) return [];
    if (!isMap(node))
      return fail(node, "expected 'metrics' to be a mapping of metric names or globs to settings");
    return pairs(node).map((pair) => readEntry(pair));
  }

  function readEntry(pair: Pair): MetricEntry {
    const pattern = keyOf(pair, fail);
    const entry: MetricEntry = { pattern, location: at(pair.key as Node) };
    const node = pair.value as Node | null;
    if (isNull(node)) return entry;
    if (!isMap(node)) {
      return fail(
        node,
        `expected metric '${pattern}' to be a mapping of settings (${ENTRY_KEYS.join(", ")})`,
      );
    }
    const where = `metric '${pattern}'`;
    for (const setting of pairs(node)) {
      const key = keyOf(setting, fail);
      const value = setting.value as Node | null;
      switch (key) {
        case "direction":
          entry.direction = readChoice(value, key, where, DIRECTIONS);
          break;
        case "min":
          entry.min = readNumber(value, key, where);
          break;
        case "max":
          entry.max = readNumber(value, key, where);
          break;
        case "max-drop":
          entry.maxDrop = readAmount(value, key, where);
          break;
        case "max-rise":
          entry.maxRise = readAmount(value, key, where);
          break;
        case "tolerance":
          entry.tolerance = readAmount(value, key, where);
          break;
        case "severity":
          entry.severity = readChoice(value, key, where, SEVERITIES);
          break;
        case "missing":
          entry.missing = readChoice(value, key, where, MISSING_MODES);
          break;
        default: {
          const hint = didYouMean(key, ENTRY_KEYS) || `; expected one of ${ENTRY_KEYS.join(", ")}`;
          fail(setting.key as Node, `unknown key '${key}' in ${where}${hint}`);
        }
      }
    }
    if (entry.min !== undefined && entry.max !== undefined && entry.min > entry.max) {
      fail(node, `min (${entry.min}) is greater than max (${entry.max}) in ${where}; no value can pass`);
    }
    return entry;
  }

  function readRules(node: Node | null): Rule[] {
    if (isNull(node)) return [];
    if (!isSeq(node)) return fail(node, "expected 'rules' to be a list of rules like '- accuracy >= 0.9'");
    return node.items.map((item) => {
      const ruleNode = item as Node | null;
      if (!isScalar(ruleNode) || typeof ruleNode.value !== "string") {
        return fail(ruleNode, "expected a rule as text, like 'f1 >= baseline - 0.01'");
      }
      return parseRule(ruleNode.value, ruleTextStart(ruleNode));
    });
  }

  /** Where the rule's text starts, so rule errors point at the right column (inside quotes too). */
  function ruleTextStart(node: Scalar): SourceLocation {
    const start = at(node);
    const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
    return quoted && start.column !== undefined ? { ...start, column: start.column + 1 } : start;
  }

  function readNumber(node: Node | null, key: string, where: string): number {
    if (isScalar(node) && typeof node.value === "number" && Number.isFinite(node.value)) return node.value;
    const hint =
      isScalar(node) && typeof node.value === "string" && PERCENT.test(node.value)
        ? ` ('${key}' is an absolute bound; percentages are for max-drop, max-rise and tolerance)`
        : "";
    return fail(node, `expected '${key}' in ${where} to be a number, found ${show(node)}${hint}`);
  }

  function readAmount(node: Node | null, key: string, where: string): Amount {
    if (isScalar(node)) {
      if (typeof node.value === "number" && Number.isFinite(node.value) && node.value >= 0) {
        return { value: node.value, percent: false };
      }
      const percent = typeof node.value === "string" ? PERCENT.exec(node.value) : null;
      if (percent?.[1] !== undefined) return { value: Number(percent[1]), percent: true };
    }
    return fail(
      node,
      `expected '${key}' in ${where} to be a non-negative number or a percentage like '2%', found ${show(node)}`,
    );
  }

  function readChoice<T extends string>(
    node: Node | null,
    key: string,
    where: string,
    choices: readonly T[],
  ): T {
    const value = isScalar(node) ? node.value : undefined;
    const choice = choices.find((c) => c === value);
    if (choice !== undefined) return choice;
    const hint = typeof value === "string" ? didYouMean(value, choices) : "";
    return fail(
      node,
      `expected '${key}' in ${where} to be one of ${choices.join(", ")}, found ${show(node)}${hint}`,
    );
  }
}

function pairs(map: YAMLMap): Pair[] {
  return map.items as Pair[];
}

function keyOf(pair: Pair, fail: (node: Node | null | undefined, reason: string) => never): string {
  const key = pair.key as Node | null;
  if (isScalar(key) && (typeof key.value === "string" || typeof key.value === "number") && key.value !== "") {
    return String(key.value);
  }
  return fail(key, "expected a plain key (a name)");
}

function isNull(node: Node | null | undefined): node is null | undefined {
  return node === null || node === undefined || (isScalar(node) && node.value === null);
}

function show(node: Node | null): string {
  if (isNull(node)) return "nothing";
  if (isScalar(node)) return typeof node.value === "string" ? `'${node.value}'` : String(node.value);
  return isSeq(node) ? "a list" : "a mapping";
}
