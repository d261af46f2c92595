import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import * as core from "@actions/core";
import {
  compareProfiles,
  DriftInputError,
  type LoadedProfile,
  loadProfilesInThreads,
  renderHtmlReport,
} from "@mlops-actions/drift";
import {
  getStringInput,
  run,
  setOutput,
  UserError,
  workspaceRelative,
  writeReport,
  writeSummary,
} from "@mlops-actions/kit";
import { readInputs } from "./inputs.ts";
import { syncDriftIssue } from "./issue.ts";
import { addDriftSummary, oneLine } from "./render.ts";
import { reportData } from "./report-data.ts";

/**
 * The action. `workerScript` is the bundle's entry file, which profiles one input when run as a worker
 * thread: the reference and the current data are profiled at once.
 */
export function runDriftCheck(workerScript: string): Promise<void> {
  return run(() => checkDrift(workerScript));
}

async function checkDrift(workerScript: string): Promise<void> {
  const inputs = await readInputs();
  const token = inputs.issue ? getStringInput("github-token") : undefined;
  const [reference, current] = (await userErrors(() =>
    loadProfilesInThreads([inputs.reference, inputs.current], { workerScript }),
  )) as [LoadedProfile, LoadedProfile];
  if (inputs.profileOut) {
    await mkdir(dirname(inputs.profileOut), { recursive: true });
    await writeFile(inputs.profileOut, JSON.stringify(reference.profile.toJSON()));
    core.info(`reference profile written to ${workspaceRelative(inputs.profileOut)}`);
  }
  const result = await userErrors(async () =>
    compareProfiles(reference.profile, current.profile, {
      method: inputs.method,
      columns: inputs.columns,
      excludeColumns: inputs.excludeColumns,
      categorical: inputs.categorical,
      ...(inputs.threshold !== undefined && { threshold: inputs.threshold }),
      driftShare: inputs.driftShare,
    }),
  );
  const line = oneLine(result);
  core.info(line);

  if (inputs.htmlReport) {
    await mkdir(dirname(inputs.htmlReport), { recursive: true });
    const names = {
      reference: inputs.reference.map(workspaceRelative).join(", "),
      current: inputs.current.map(workspaceRelative).join(", "),
    };
    await writeFile(inputs.htmlReport, renderHtmlReport(result, names));
    setOutput("html-report", inputs.htmlReport);
  }
  const issue = inputs.issue ? await syncDriftIssue(result, token) : undefined;

  setOutput("drift-detected", String(result.datasetDrift));
  setOutput("drift-share", String(result.driftShare));
  setOutput("drifted-columns", result.driftedColumns);
  addDriftSummary(result);
  await writeSummary();
  const failed = result.datasetDrift && inputs.failOnDrift;
  await writeReport({
    action: "drift-check",
    status: failed
      ? "fail"
      : result.datasetDrift || result.driftedColumns.length > 0 || result.warnedColumns.length > 0
        ? "warn"
        : "pass",
    summary: line,
    data: reportData(
      result,
      {
        reference: inputs.reference.map(workspaceRelative),
        current: inputs.current.map(workspaceRelative),
        referenceIsProfile: reference.fromProfile,
        currentIsProfile: current.fromProfile,
      },
      {
        ...(inputs.htmlReport && { htmlReport: workspaceRelative(inputs.htmlReport) }),
        ...(inputs.profileOut && { profileOut: workspaceRelative(inputs.profileOut) }),
        ...(issue && { issue }),
      },
    ),
  });
  if (failed) core.setFailed(`Data drift: ${line}`);
}

/** The drift package's input errors are the user's: one line, no stack. */
async function userErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DriftInputError) throw new UserError(error.message);
    throw error;
  }
}
