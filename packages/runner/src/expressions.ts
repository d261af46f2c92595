/**
 * The subset of the Actions expression language found in action.yml input defaults and `post-if`:
 * context property access (`github.token`, `runner.temp`, `env.NAME`, `github.event.pull_request.number`),
 * string/number/boolean/null literals, `!`, `==`, `!=`, `&&`, `||`, parentheses and the status
 * functions success(), failure(), always(), cancelled(). Anything else is an error, never a guess.
 */
export type ExpressionValue = string | number | boolean | null | { [key: string]: unknown } | unknown[];

export interface ExpressionContext {
  contexts: Record<string, unknown>;
  /** The status the functions success()/failure() report; undefined where the runner does not allow them. */
  status?: { failed: boolean; cancelled: boolean };
}

export class ExpressionError extends Error {
  override name = "ExpressionError";
}

type Token =
  | { kind: "literal"; value: ExpressionValue }
  | { kind: "identifier"; name: string }
  | { kind: "punct"; text: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i] as string;
    if (/\s/.test(char)) {
      i++;
    } else if (char === "'") {
      let value = "";
      i++;
      for (;;) {
        if (i >= source.length) throw new ExpressionError(`Unterminated string in '${source}'`);
        if (source[i] === "'" && source[i + 1] === "'") {
          value += "'";
          i += 2;
        } else if (source[i] === "'") {
          i++;
          break;
        } else value += source[i++];
      }
      tokens.push({ kind: "literal", value });
    } else if (/[0-9]/.test(char) || (char === "-" && /[0-9]/.test(source[i + 1] ?? ""))) {
      const match = /^-?(0x[0-9a-f]+|\d+(\.\d+)?(e[+-]?\d+)?)/i.exec(source.slice(i));
      const text = match?.[0] ?? char;
      tokens.push({ kind: "literal", value: Number(text) });
      i += text.length;
    } else if (/[A-Za-z_]/.test(char)) {
      const name = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(source.slice(i))?.[0] ?? char;
      i += name.length;
      if (name === "true" || name === "false") tokens.push({ kind: "literal", value: name === "true" });
      else if (name === "null") tokens.push({ kind: "literal", value: null });
      else tokens.push({ kind: "identifier", name });
    } else {
      const two = source.slice(i, i + 2);
      if (["==", "!=", "&&", "||"].includes(two)) {
        tokens.push({ kind: "punct", text: two });
        i += 2;
      } else if ("!().[]".includes(char)) {
        tokens.push({ kind: "punct", text: char });
        i++;
      } else throw new ExpressionError(`Unexpected symbol '${char}' in '${source}'`);
    }
  }
  return tokens;
}

class Parser {
  #tokens: Token[];
  #position = 0;
  readonly #source: string;
  readonly #context: ExpressionContext;

  constructor(source: string, context: ExpressionContext) {
    this.#source = source;
    this.#tokens = tokenize(source);
    this.#context = context;
  }

  evaluate(): ExpressionValue {
    const value = this.#or();
    if (this.#position < this.#tokens.length) throw this.#error("Unexpected trailing tokens");
    return value;
  }

  #or(): ExpressionValue {
    let left = this.#and();
    while (this.#accept("||")) {
      const right = this.#and();
      left = truthy(left) ? left : right;
    }
    return left;
  }

  #and(): ExpressionValue {
    let left = this.#equality();
    while (this.#accept("&&")) {
      const right = this.#equality();
      left = truthy(left) ? right : left;
    }
    return left;
  }

  #equality(): ExpressionValue {
    let left = this.#unary();
    for (;;) {
      if (this.#accept("==")) left = looseEquals(left, this.#unary());
      else if (this.#accept("!=")) left = !looseEquals(left, this.#unary());
      else return left;
    }
  }

  #unary(): ExpressionValue {
    if (this.#accept("!")) return !truthy(this.#unary());
    return this.#primary();
  }

  #primary(): ExpressionValue {
    const token = this.#tokens[this.#position++];
    if (token === undefined) throw this.#error("Unexpected end of expression");
    if (token.kind === "literal") return token.value;
    if (token.kind === "punct") {
      if (token.text !== "(") throw this.#error(`Unexpected '${token.text}'`);
      const value = this.#or();
      this.#expect(")");
      return value;
    }
    if (this.#accept("(")) {
      this.#expect(")");
      return this.#call(token.name);
    }
    const contexts = this.#context.contexts;
    if (!Object.hasOwn(contexts, token.name)) throw this.#error(`Unrecognized named-value: '${token.name}'`);
    let value: unknown = contexts[token.name];
    for (;;) {
      if (this.#accept(".")) {
        const property = this.#tokens[this.#position++];
        if (property?.kind !== "identifier") throw this.#error("Expected a property name after '.'");
        value = property_(value, property.name);
      } else if (this.#accept("[")) {
        const key = this.#or();
        this.#expect("]");
        value = property_(value, String(key));
      } else return (value ?? null) as ExpressionValue;
    }
  }

  #call(name: string): ExpressionValue {
    const status = this.#context.status;
    if (status === undefined) throw this.#error(`Function '${name}' is not allowed here`);
    switch (name.toLowerCase()) {
      case "always":
        return true;
      case "success":
        return !status.failed && !status.cancelled;
      case "failure":
        return status.failed;
      case "cancelled":
        return status.cancelled;
      default:
        throw this.#error(`Unrecognized function: '${name}'`);
    }
  }

  #accept(text: string): boolean {
    const token = this.#tokens[this.#position];
    if (token?.kind === "punct" && token.text === text) {
      this.#position++;
      return true;
    }
    return false;
  }

  #expect(text: string): void {
    if (!this.#accept(text)) throw this.#error(`Expected '${text}'`);
  }

  #error(message: string): ExpressionError {
    return new ExpressionError(`${message} in expression '${this.#source}'`);
  }
}

function property_(value: unknown, name: string): unknown {
  if (typeof value !== "object" || value === null) return null;
  const record = value as Record<string, unknown>;
  if (Object.hasOwn(record, name)) return record[name];
  // Property names are case-insensitive in the expression language.
  const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return key === undefined ? null : record[key];
}

function truthy(value: ExpressionValue): boolean {
  if (value === null || value === false || value === 0 || value === "") return false;
  return !(typeof value === "number" && Number.isNaN(value));
}

function looseEquals(left: ExpressionValue, right: ExpressionValue): boolean {
  if (typeof left === "string" && typeof right === "string")
    return left.toLowerCase() === right.toLowerCase();
  if (typeof left === typeof right || left === null || right === null) return left === right;
  return toNumber(left) === toNumber(right);
}

function toNumber(value: ExpressionValue): number {
  if (value === null) return 0;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number") return value;
  if (typeof value === "string") return value.trim() === "" ? 0 : Number(value);
  return Number.NaN;
}

export function evaluateExpression(source: string, context: ExpressionContext): ExpressionValue {
  return new Parser(source, context).evaluate();
}

export function expressionToString(value: ExpressionValue): string {
  if (value === null) return "";
  if (typeof value === "object") return JSON.stringify(value, null, 2);
  return String(value);
}

/** Replaces each `${{ expression }}` in a string template with the value's string form. */
export function evaluateTemplate(template: string, context: ExpressionContext): string {
  return template.replace(/\$\{\{(.*?)\}\}/gs, (_, source: string) =>
    expressionToString(evaluateExpression(source, context)),
  );
}

/** A condition such as `post-if`: a bare expression or one wrapped in `${{ }}`. */
export function evaluateCondition(condition: string, context: ExpressionContext): boolean {
  const bare = /^\s*\$\{\{(.*)\}\}\s*$/s.exec(condition)?.[1] ?? condition;
  // As in the runner, a condition without a status function is implicitly `success() && (...)`.
  const hasStatusFunction = /\b(success|failure|always|cancelled)\s*\(/i.test(bare);
  return truthy(evaluateExpression(hasStatusFunction ? bare : `success() && (${bare})`, context));
}
