import { didYouMean } from "@mlops-actions/metrics/did-you-mean";
import { SourceError, type SourceLocation } from "@mlops-actions/metrics/source-error";
import { isMap, isScalar, isSeq, type LineCounter, type Node, type Pair, Scalar } from "yaml";

/** Turns yaml nodes into positions and typed values, with errors that name file:line:col. */
export class YamlReader {
  readonly file: string;
  readonly lines: LineCounter;

  constructor(file: string, lines: LineCounter) {
    this.file = file;
    this.lines = lines;
  }

  at(node: Node | null | undefined): SourceLocation {
    const offset = node?.range?.[0];
    if (offset === undefined) return { file: this.file };
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, column: col };
  }

  fail(node: Node | null | undefined, reason: string): never {
    throw new SourceError(this.at(node), reason);
  }

  /** The entries of a mapping; keys must be strings from `allowed` (did-you-mean for typos). */
  entries(
    node: unknown,
    what: string,
    allowed?: readonly string[],
  ): { key: string; keyNode: Node; value: Node }[] {
    if (!isMap(node)) this.fail(node as Node, `${what} must be a mapping`);
    return node.items.map((pair: Pair) => {
      const keyNode = pair.key as Node;
      const key = isScalar(keyNode) ? String(keyNode.value) : "";
      if (allowed && !allowed.includes(key)) {
        const hint = didYouMean(key, allowed);
        this.fail(
          keyNode,
          `unknown key '${key}' in ${what}${hint || `; expected one of ${allowed.join(", ")}`}`,
        );
      }
      return { key, keyNode, value: (pair.value as Node | null) ?? emptyValue(keyNode) };
    });
  }

  scalar(node: Node, what: string): unknown {
    if (!isScalar(node)) this.fail(node, `${what} must be a single value`);
    return node.value;
  }

  number(node: Node, what: string): number {
    const value = this.scalar(node, what);
    if (typeof value !== "number" || !Number.isFinite(value))
      this.fail(node, `${what} must be a number, not '${String(value)}'`);
    return value;
  }

  share(node: Node, what: string): number {
    const value = this.number(node, what);
    if (value < 0 || value > 1) this.fail(node, `${what} must be a share between 0 and 1, not ${value}`);
    return value;
  }

  string(node: Node, what: string): string {
    const value = this.scalar(node, what);
    if (typeof value !== "string" || value === "") this.fail(node, `${what} must be a non-empty string`);
    return value;
  }

  boolean(node: Node, what: string): boolean {
    const value = this.scalar(node, what);
    if (typeof value !== "boolean") this.fail(node, `${what} must be true or false, not '${String(value)}'`);
    return value;
  }

  oneOf<T extends string>(node: Node, what: string, values: readonly T[]): T {
    const value = String(this.scalar(node, what));
    if (!(values as readonly string[]).includes(value)) {
      const hint = didYouMean(value, values);
      this.fail(node, `${what} is '${value}'${hint || `; expected one of ${values.join(", ")}`}`);
    }
    return value as T;
  }

  list(node: Node, what: string): Node[] {
    if (!isSeq(node)) this.fail(node, `${what} must be a list`);
    return node.items as Node[];
  }
}

/** `key:` with nothing after it: a null value placed where its key is, so errors still point there. */
function emptyValue(keyNode: Node): Node {
  const empty = new Scalar(null);
  if (keyNode.range) empty.range = keyNode.range;
  return empty;
}

/** True for a missing value (`key:` or `key: null`). */
export function isEmptyValue(node: Node): boolean {
  return isScalar(node) && node.value === null;
}
