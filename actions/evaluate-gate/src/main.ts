import * as core from "@actions/core";
import { resolveBaseline } from "@mlops-actions/github";
import {
  addHeading,
  addToSummary,
  annotate,
  annotateAll,
  getContext,
  run,
  setOutput,
  workspaceDir,
  writeReport,
  writeSummary,
} from "@mlops-actions/kit";
import { emptyPolicy, evaluate } from "@mlops-actions/metrics";
import { checkAnnotations, rowAnnotations } from "./annotations.ts";
import { compareFromFiles } from "./gate-noise.ts";
import { readGateInputs } from "./inputs.ts";
import { mergeSides, parseBaselineFiles, readCandidateFiles, withPredictionMetrics } from "./metrics-sets.ts";
import { noiseSection } from "./noise-render.ts";
import { publishGateCheck } from "./publish-check.ts";
import { gateTarget } from "./pull-request.ts";
import { gateBody } from "./render.ts";
import { gateReportData } from "./report-data.ts";
import { saveBaselineIfWanted } from "./save-baseline.ts";

await run(async () => {
  const inputs = await readGateInputs();
  const context = getContext();
  const target = gateTarget(context);
  const candidateFiles = await readCandidateFiles(inputs.metricsFiles);
  const noise =
    inputs.predictions && inputs.baselinePredictions
      ? await compareFromFiles(inputs.predictions, inputs.baselinePredictions)
      : undefined;

  const { getOctokitOrSkip } = await import("@mlops-actions/kit/github");
  const octokit = context.repository
    ? getOctokitOrSkip(inputs.token, "the baseline lookup and the check run")
    : undefined;
  const github = octokit && {
    octokit,
    token: inputs.token ?? "",
    owner: context.owner,
    repo: context.repo,
    runId: context.runId,
  };
  const resolved = await resolveBaseline({
    spec: inputs.baseline,
    artifactName: inputs.baselineArtifact,
    candidateFiles: candidateFiles.map((file) => file.file),
    workspace: workspaceDir(),
    tempDir: context.runnerTemp,
    ...(github && { github }),
    ...(target.branch !== undefined && { branch: target.branch }),
    ...(target.baseSha !== undefined && { baseSha: target.baseSha }),
  });
  const { provenance } = resolved;
  core.info(`Baseline: ${provenance.description}`);
  for (const reason of provenance.stale) core.warning(`Stale baseline: ${reason}`);

  const baselineFiles = resolved.files && parseBaselineFiles(resolved.files, provenance.description);
  const sides = withPredictionMetrics(mergeSides(candidateFiles, baselineFiles), noise);
  const evaluation = evaluate(sides.candidate, sides.baseline, inputs.policy ?? emptyPolicy(), {
    // `baseline: none` is a choice, not a missing baseline: only absolute rules gate.
    onMissingBaseline: provenance.source === "none" ? "pass" : inputs.onMissingBaseline,
    rules: inputs.rules,
    ...(sides.evidence && { noise: sides.evidence }),
  });

  const annotations = rowAnnotations(
    evaluation,
    candidateFiles.length === 1 ? candidateFiles[0]?.file : undefined,
  );
  annotateAll(annotations);
  const body = gateBody(evaluation, provenance);
  if (noise) body.details.push(...noiseSection(noise));

  const checkRun =
    octokit &&
    (await publishGateCheck(octokit, {
      context,
      name: inputs.checkName,
      headSha: target.headSha,
      evaluation,
      body,
      annotations: checkAnnotations(annotations),
    }));

  addHeading("ML evaluation gate");
  addToSummary(...body.overview, ...body.details);
  await writeSummary();

  await saveBaselineIfWanted(inputs, context);

  setOutput("passed", evaluation.verdict === "fail" ? "false" : "true");
  setOutput("verdict", evaluation.verdict);
  setOutput("failed-metrics", evaluation.failedMetrics);
  setOutput("baseline-source", provenance.source);
  setOutput("baseline-sha", provenance.sha ?? "");
  await writeReport({
    action: "evaluate-gate",
    status: evaluation.verdict,
    summary: evaluation.summary,
    data: gateReportData(evaluation, provenance, checkRun, noise),
  });
  if (evaluation.verdict === "fail") {
    process.exitCode = 1;
    annotate({ level: "error", message: `ML evaluation gate failed: ${evaluation.summary}` });
  }
});
