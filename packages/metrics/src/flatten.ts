import { SourceError } from "./source-error.ts";
import { coerceValue, type MetricValue } from "./value.ts";

type Tree = unknown;

/**
 * Flattens nested mappings into dotted names and arrays into indexes:
 * `{"a":{"b":[1,2]}}` → `a.b.0 = 1`, `a.b.1 = 2`. Empty mappings and arrays contribute nothing.
 * The top level must be a mapping. Two paths that flatten to the same name (`{"a.b":1,"a":{"b":2}}`)
 * are an error rather than one silently hiding the other.
 */
export function flattenMetrics(tree: Tree, file: string): Map<string, MetricValue> {
  if (tree === null || typeof tree !== "object" || Array.isArray(tree)) {
    throw new SourceError(
      { file },
      `expected a mapping of metric names to values at the top level, found ${describeKind(tree)}`,
    );
  }
  const metrics = new Map<string, MetricValue>();
  const visit = (node: Tree, name: string): void => {
    if (node !== null && typeof node === "object") {
      const entries = Array.isArray(node)
        ? node.map((v, i) => [String(i), v] as const)
        : Object.entries(node);
      for (const [key, child] of entries) visit(child, name === "" ? key : `${name}.${key}`);
      return;
    }
    if (metrics.has(name)) {
      throw new SourceError({ file }, `metric '${name}' is defined twice (a dotted key and a nested one)`);
    }
    metrics.set(name, toMetricValue(node, name, file));
  };
  visit(tree, "");
  return metrics;
}

function toMetricValue(node: Tree, name: string, file: string): MetricValue {
  if (typeof node === "number" || typeof node === "string" || typeof node === "boolean" || node === null) {
    return coerceValue(node);
  }
  throw new SourceError({ file }, `metric '${name}' has an unsupported value of type ${typeof node}`);
}

function describeKind(tree: Tree): string {
  if (Array.isArray(tree)) return "a list";
  if (tree === null || tree === undefined) return "nothing";
  return `a ${typeof tree}`;
}
