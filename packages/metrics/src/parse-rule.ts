import { didYouMean } from "./did-you-mean.ts";
import {
  type Amount,
  type Comparison,
  type Rule,
  type RuleTarget,
  SEVERITIES,
  type Severity,
} from "./rule.ts";
import { SourceError, type SourceLocation } from "./source-error.ts";

const OPERATORS: readonly Comparison[] = [">=", "<=", "==", ">", "<"];
const MISTYPED_OPERATORS: Record<string, string> = {
  "=>": ">=",
  "=<": "<=",
  "=": "==",
  "≥": ">=",
  "≤": "<=",
};
const NUMBER = /[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const UNSIGNED_NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const BARE_NAME = /[^\s<>=!≥≤[\]"']+/y;
const WORD = /[A-Za-z_][A-Za-z0-9_]*/y;

/**
 * Parses an inline rule:
 *
 *     rule     = metric operator target [ "[" severity "]" ]
 *     metric   = bare-name | "quoted name" | 'quoted name'      (bare: no spaces, < > = ! [ ] or quotes)
 *     operator = ">=" | ">" | "<=" | "<" | "=="
 *     target   = number | "baseline" [ ("+" | "-") number ["%"] | "*" number ]
 *     severity = "block" | "warn" | "info"
 *
 * `location` is where the rule text starts; errors point at the exact column.
 */
export function parseRule(
  text: string,
  location: SourceLocation = { file: "rule", line: 1, column: 1 },
): Rule {
  let pos = 0;
  const fail = (reason: string, at = pos): never => {
    const line = location.line ?? 1;
    throw new SourceError({ file: location.file, line, column: (location.column ?? 1) + at }, reason);
  };
  const skipSpace = () => {
    while (pos < text.length && /\s/.test(text[pos] ?? "")) pos++;
  };
  const found = (): string => {
    if (pos >= text.length) return "the end of the rule";
    const token = /\S+/y;
    token.lastIndex = pos;
    return `'${token.exec(text)?.[0] ?? text[pos]}'`;
  };
  const match = (pattern: RegExp): string | undefined => {
    pattern.lastIndex = pos;
    const m = pattern.exec(text);
    if (!m) return undefined;
    pos = pattern.lastIndex;
    return m[0];
  };

  const readMetric = (): string => {
    const quote = text[pos];
    if (quote === '"' || quote === "'") {
      const end = text.indexOf(quote, pos + 1);
      if (end < 0) fail(`unterminated quoted metric name; expected a closing ${quote}`);
      const name = text.slice(pos + 1, end);
      if (name === "") fail("empty metric name");
      pos = end + 1;
      return name;
    }
    return match(BARE_NAME) ?? fail(`expected a metric name, found ${found()}`);
  };
  const readOperator = (): Comparison => {
    const operator = OPERATORS.find((op) => text.startsWith(op, pos));
    if (operator) {
      pos += operator.length;
      return operator;
    }
    const typo = Object.keys(MISTYPED_OPERATORS).find((t) => text.startsWith(t, pos));
    const hint = typo ? `; did you mean '${MISTYPED_OPERATORS[typo]}'?` : "";
    return fail(`expected a comparison (>=, >, <=, <, ==), found ${found()}${hint}`);
  };
  const readTarget = (after: string): RuleTarget => {
    const start = pos;
    const word = match(WORD);
    if (word === "baseline") return { kind: "baseline", ...readAdjust() };
    pos = start;
    const number = match(NUMBER);
    if (number !== undefined) {
      if (text[pos] === "%") {
        fail("a percentage is only allowed after 'baseline +' or 'baseline -'; write 0.9, not 90%");
      }
      return { kind: "number", value: Number(number) };
    }
    const hint = word ? didYouMean(word, ["baseline"]) : "";
    return fail(`expected a number or 'baseline' after '${after}', found ${found()}${hint}`);
  };
  const readAdjust = (): Pick<Extract<RuleTarget, { kind: "baseline" }>, "adjust"> => {
    skipSpace();
    const op = text[pos];
    if (op !== "+" && op !== "-" && op !== "*") return {};
    pos++;
    skipSpace();
    const number = match(UNSIGNED_NUMBER) ?? fail(`expected a number after '${op}', found ${found()}`);
    const percent = text[pos] === "%";
    if (op === "*") {
      if (percent) fail("a percentage cannot multiply the baseline; write 'baseline * 1.1' for +10%");
      return { adjust: { op, factor: Number(number) } };
    }
    if (percent) pos++;
    const amount: Amount = { value: Number(number), percent };
    return { adjust: { op, amount } };
  };
  const readSeverity = (): Severity | undefined => {
    skipSpace();
    if (text[pos] !== "[") return undefined;
    const open = pos;
    const close = text.indexOf("]", pos);
    if (close < 0) fail("unterminated severity marker; expected ']'");
    const word = text.slice(open + 1, close).trim();
    const severity = SEVERITIES.find((s) => s === word);
    if (!severity) {
      fail(
        `unknown severity '${word}'; expected block, warn or info${didYouMean(word, SEVERITIES)}`,
        open + 1,
      );
    }
    pos = close + 1;
    return severity;
  };

  skipSpace();
  if (pos >= text.length) fail("empty rule; expected e.g. 'accuracy >= 0.9' or 'loss <= baseline'");
  const metric = readMetric();
  skipSpace();
  const op = readOperator();
  skipSpace();
  const target = readTarget(op);
  const ruleEnd = pos;
  const severity = readSeverity();
  skipSpace();
  if (pos < text.length) {
    const expected = target.kind === "baseline" ? "'+', '-', '*', " : "";
    fail(`unexpected ${found()}; expected ${expected}a severity like [warn], or the end of the rule`);
  }
  const rule: Rule = { metric, op, target, origin: "rule", text: text.slice(0, ruleEnd).trim(), location };
  if (severity) rule.severity = severity;
  return rule;
}
