import type { CheckAnnotation } from "@mlops-actions/github";
import type { Annotation } from "@mlops-actions/kit";
import type { Evaluation, MetricRow } from "@mlops-actions/metrics";

/**
 * One annotation per failed or warned metric: on the policy line of the rule that failed when it has
 * one, else on the metrics file when there is only one.
 */
export function rowAnnotations(evaluation: Evaluation, metricsFile?: string): Annotation[] {
  return evaluation.rows
    .filter((row) => row.status === "fail" || row.status === "warn")
    .map((row) => {
      const location = failedRuleLocation(row);
      const file = location?.file ?? metricsFile;
      return {
        level: row.status === "fail" ? "error" : "warning",
        title: `${row.name}: ${row.status}`,
        message: `${row.name}: ${row.reason ?? row.status}`,
        ...(file !== undefined && { file }),
        ...(location?.line !== undefined && { line: location.line }),
        ...(location?.column !== undefined && { column: location.column }),
      } satisfies Annotation;
    });
}

function failedRuleLocation(row: MetricRow): { file: string; line?: number; column?: number } | undefined {
  const failed = row.checks.find((check) => check.outcome === "fail" || check.outcome === "skipped");
  const location = failed?.rule.location ?? row.checks.find((check) => check.rule.location)?.rule.location;
  if (location === undefined || location.file.startsWith("input '")) return undefined;
  return location;
}

/** The annotations a check run can carry: those with a file and a line. */
export function checkAnnotations(annotations: readonly Annotation[]): CheckAnnotation[] {
  return annotations.flatMap((a) =>
    a.file !== undefined && a.line !== undefined
      ? [
          {
            path: a.file,
            start_line: a.line,
            end_line: a.line,
            annotation_level: a.level === "error" ? "failure" : a.level === "warning" ? "warning" : "notice",
            message: a.message,
            ...(a.title !== undefined && { title: a.title }),
          } satisfies CheckAnnotation,
        ]
      : [],
  );
}
