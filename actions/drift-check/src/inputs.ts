import { type DriftMethod, TEST_NAMES } from "@mlops-actions/drift";
import {
  getBooleanInput,
  getEnumInput,
  getGlobInput,
  getListInput,
  getNumberInput,
  getPathInput,
} from "@mlops-actions/kit";

export interface DriftInputs {
  reference: string[];
  current: string[];
  columns: string[];
  excludeColumns: string[];
  categorical: string[];
  method: DriftMethod;
  threshold: number | undefined;
  driftShare: number;
  failOnDrift: boolean;
  profileOut: string | undefined;
  htmlReport: string | undefined;
  issue: boolean;
}

/** Every input, validated before any work (each failure is one line naming the input). */
export async function readInputs(): Promise<DriftInputs> {
  const method = getEnumInput("method", {
    values: ["auto", "evidently", ...TEST_NAMES] as const,
    default: "auto",
  });
  const threshold = getNumberInput("threshold", { min: 0 });
  const driftShare = getNumberInput("drift-share", { default: 0.5, min: 0, max: 1 });
  const failOnDrift = getBooleanInput("fail-on-drift", { default: true });
  const issue = getBooleanInput("issue", { default: false });
  const columns = getListInput("columns", { commas: true });
  const excludeColumns = getListInput("exclude-columns", { commas: true });
  const categorical = getListInput("categorical", { commas: true });
  const profileOut = getPathInput("profile-out", { mustExist: false });
  const htmlReport = getPathInput("html-report", { mustExist: false });
  const reference = await getGlobInput("reference", { required: true });
  const current = await getGlobInput("current", { required: true });
  return {
    reference,
    current,
    columns,
    excludeColumns,
    categorical,
    method,
    threshold,
    driftShare,
    failOnDrift,
    profileOut,
    htmlReport,
    issue,
  };
}
