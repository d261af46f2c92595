import type { CheckResult } from "@mlops-actions/data";
import type { Annotation } from "@mlops-actions/kit";

/**
 * One annotation per failed check, worst first (file problems and errors, then warnings): on the
 * data file and line of its first failing example, else on the rule in the schema file.
 */
export function checkAnnotations(checks: readonly CheckResult[]): Annotation[] {
  return checks
    .filter((check) => check.status === "fail")
    .map((check): Annotation => {
      const [example] = check.examples;
      const where = example ?? check.rule;
      const more = (check.unexpected ?? 0) > 1 ? ` (first of ${check.unexpected})` : "";
      const showValue = example !== undefined && check.scope !== "file" && check.check !== "exists";
      return {
        level: check.severity === "warning" ? "warning" : "error",
        title: `validate-data: ${check.id}`,
        message: showValue ? `${check.message}; e.g. ${JSON.stringify(example.value)}${more}` : check.message,
        ...(where?.file !== undefined && { file: where.file }),
        ...(where?.line !== undefined && { line: where.line }),
      };
    });
}
