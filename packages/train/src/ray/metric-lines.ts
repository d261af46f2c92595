import { parseNumber } from "@mlops-actions/metrics";

/**
 * The line format a Ray job uses to hand metrics back (the job's files stay on the cluster):
 * `mlops-metric: <name>=<number>` alone on a line, e.g. `print(f"mlops-metric: accuracy={acc}")`.
 * Names are letters, digits, `_`, `.`, `-` and `/`; a later line for the same name wins.
 */
const METRIC_LINE = /^\s*mlops-metric:\s*([A-Za-z0-9_./-]+)\s*=\s*(\S+)\s*$/;

export function metricsFromLines(text: string): Record<string, number> {
  const metrics: Record<string, number> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = METRIC_LINE.exec(line);
    if (!match) continue;
    const value = parseNumber(match[2] as string);
    if (value !== undefined) metrics[match[1] as string] = value;
  }
  return metrics;
}
