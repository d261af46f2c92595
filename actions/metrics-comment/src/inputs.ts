import { STICKY_MODES, type StickyMode } from "@mlops-actions/github/sticky-comment";
import {
  getBooleanInput,
  getContext,
  getEnumInput,
  getGlobInput,
  getNumberInput,
  getStringInput,
  invalidInput,
} from "@mlops-actions/kit";

export interface Inputs {
  /** Report files; undefined means "this job's reports folder". */
  reports?: string[];
  metrics: string[];
  /** Baseline metric files; empty for `none`. */
  baseline: string[];
  key: string;
  mode: StickyMode;
  skipUnchanged: boolean;
  prNumber?: number;
  token?: string;
}

const LOOKUPS = /^(auto|artifact|git:)/i;

export async function readInputs(): Promise<Inputs> {
  const key = getStringInput("key", { default: getContext().workflow || "mlops-actions" });
  const mode = getEnumInput("mode", { values: STICKY_MODES, default: "upsert" });
  const skipUnchanged = getBooleanInput("skip-unchanged", { default: true });
  const prNumber = getNumberInput("pr-number", { integer: true, min: 1 });
  const token = getStringInput("github-token");
  const baselineText = getStringInput("baseline", { default: "none" });
  if (LOOKUPS.test(baselineText)) {
    throw invalidInput(
      "baseline",
      baselineText,
      "a metrics file or glob, or none (the auto, artifact and git: lookups are evaluate-gate's; run it and this action shows its report)",
    );
  }
  const reports = getStringInput("reports") ? await getGlobInput("reports", { allowEmpty: true }) : undefined;
  const metrics = await getGlobInput("metrics");
  const baseline = baselineText.toLowerCase() === "none" ? [] : await getGlobInput("baseline");
  return {
    ...(reports && { reports }),
    metrics,
    baseline,
    key,
    mode,
    skipUnchanged,
    ...(prNumber !== undefined && { prNumber }),
    ...(token && { token }),
  };
}
