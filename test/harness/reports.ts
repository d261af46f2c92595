import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface HarnessReport {
  file: string;
  report: unknown;
}

/** Where actions leave their reports: `$RUNNER_TEMP/mlops-actions/reports/*.json`. */
export function reportsDir(runnerTemp: string): string {
  return join(runnerTemp, "mlops-actions", "reports");
}

export function readReports(runnerTemp: string): HarnessReport[] {
  const dir = reportsDir(runnerTemp);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      return { file, report: JSON.parse(readFileSync(file, "utf8")) as unknown };
    });
}

export class ReportValidationError extends Error {
  override name = "ReportValidationError";
  /** The reports that were checked, to inspect (they stay on disk with the run's temp folder). */
  readonly reports: readonly HarnessReport[];

  constructor(message: string, reports: readonly HarnessReport[]) {
    super(message);
    this.reports = reports;
  }
}

type ValidateReport = (value: unknown) => { valid: true } | { valid: false; errors: string[] };

/**
 * Checks each report against the `mlops-actions/report@1` schema with the kit's validator, loaded only
 * when a run wrote reports (so the harness works for actions that write none).
 */
export async function validateReports(reports: readonly HarnessReport[]): Promise<void> {
  if (reports.length === 0) return;
  const { validateReport } = (await import("@mlops-actions/kit/report-schema")) as {
    validateReport: ValidateReport;
  };
  const problems: string[] = [];
  for (const { file, report } of reports) {
    const result = validateReport(report);
    if (!result.valid) problems.push(`${file}: ${result.errors.join("; ")}`);
  }
  if (problems.length > 0) {
    throw new ReportValidationError(
      `report(s) do not match mlops-actions/report@1:\n${problems.join("\n")}`,
      reports,
    );
  }
}
