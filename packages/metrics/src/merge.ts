import type { MetricsFile } from "./read-metrics.ts";
import { SourceError } from "./source-error.ts";
import type { MetricValue } from "./value.ts";

export interface MergeOptions {
  /**
   * Names to qualify even if only one of these files has them — pass the shared names of the other
   * side (see `sharedMetricNames`) so a candidate and its baseline name their metrics alike.
   */
  qualify?: Iterable<string>;
}

/** Names that occur in more than one of the files. */
export function sharedMetricNames(files: readonly MetricsFile[]): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const { metrics } of files) {
    for (const name of metrics.keys()) (seen.has(name) ? shared : seen).add(name);
  }
  return shared;
}

/**
 * Merges the metrics of several files into one set. A name found in one file stays as it is; a name
 * found in two or more files (or listed in `options.qualify`) becomes `<qualifier>/<name>` in each, the
 * qualifier being the file's stem (`out/eval.json` → `eval`), or, when stems clash, the shortest
 * trailing part of the path that tells the files apart (`a/metrics`, `b/metrics`), extension
 * included only when nothing else differs (`metrics.json`, `metrics.yaml`).
 */
export function mergeMetrics(
  files: readonly MetricsFile[],
  options: MergeOptions = {},
): Map<string, MetricValue> {
  if (files.length <= 1) return new Map(files[0]?.metrics);
  const qualified = sharedMetricNames(files);
  for (const name of options.qualify ?? []) qualified.add(name);
  const qualifiers = fileQualifiers(files.map((f) => f.file));
  const merged = new Map<string, MetricValue>();
  files.forEach(({ file, metrics }, i) => {
    for (const [name, value] of metrics) {
      const finalName = qualified.has(name) ? `${qualifiers[i]}/${name}` : name;
      if (merged.has(finalName)) {
        throw new SourceError({ file }, `metric '${finalName}' is also defined by another metrics file`);
      }
      merged.set(finalName, value);
    }
  });
  return merged;
}

/** The qualifier of each path, as described at `mergeMetrics`. */
export function fileQualifiers(paths: readonly string[]): string[] {
  if (paths.length === 0) return [];
  const split = paths.map((p) => p.replaceAll("\\", "/").replace(/^\.\//, "").split("/").filter(Boolean));
  const withoutExtension = split.map((segments) =>
    segments.map((s, i) => (i === segments.length - 1 ? s.replace(/\.[^.]+$/, "") || s : s)),
  );
  for (const variant of [withoutExtension, split]) {
    const longest = Math.max(...variant.map((s) => s.length));
    for (let k = 1; k <= longest; k++) {
      const names = variant.map((segments) => segments.slice(-k).join("/"));
      if (new Set(names).size === names.length) return names;
    }
  }
  const duplicate = paths.find((p, i) => paths.indexOf(p) !== i) ?? "";
  throw new SourceError({ file: duplicate }, "the same metrics file is listed twice");
}
