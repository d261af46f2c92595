import { addHeading, addTable, annotate, setOutput, writeReport, writeSummary } from "@mlops-actions/kit";
import type { BuildInputs } from "./inputs.ts";
import type { BuildOutcome } from "./outcome.ts";
import type { SmokeResult } from "./smoke-test.ts";

/** Outputs, job summary and report (its data is documented by report-data.schema.json). */
export async function publishOutcome(
  inputs: BuildInputs,
  outcome: BuildOutcome,
  epoch: { seconds: number; from: string },
): Promise<void> {
  const name = `${inputs.target.registry}/${inputs.target.repository}`;
  const count = (what: string) => outcome.blobs.filter((b) => b.result === what).length;
  const blobs = {
    uploaded: count("uploaded"),
    mounted: count("mounted"),
    exists: count("exists"),
    notPushed: count("not-pushed"),
  };
  setOutput("image", `${name}@${outcome.digest}`);
  setOutput("digest", outcome.digest);
  setOutput("tags", outcome.tags);

  addHeading("Build model image");
  addTable(
    ["", ""],
    [
      [inputs.format === "modelpack" ? "artifact" : "image", `${name}@${outcome.digest}`],
      ["tags", outcome.tags.join(", ") || "(not pushed)"],
      ["model", `${outcome.model.framework}, ${outcome.model.files} file(s), ${outcome.model.sha256}`],
      ...(outcome.base ? [["base", `${outcome.base.image}@${outcome.base.digest}`]] : []),
      ...(outcome.platforms.length
        ? [["platforms", outcome.platforms.map((p) => p.platform).join(", ")]]
        : []),
      ["blobs", `${blobs.uploaded} uploaded, ${blobs.mounted} mounted, ${blobs.exists} already there`],
      ...(outcome.smoke ? [["smoke test", smokeLine(outcome.smoke)]] : []),
    ],
  );
  await writeSummary();
  const smokeFailed = outcome.smoke?.status === "fail";
  const summary = smokeFailed
    ? `smoke test failed, nothing pushed: ${outcome.smoke?.summary}`
    : inputs.push
      ? `pushed ${name}@${outcome.digest} (${outcome.tags.length} tags, ${blobs.uploaded} blobs uploaded)`
      : `built ${name}@${outcome.digest} (not pushed)`;
  await writeReport({
    action: "build-model-image",
    status: smokeFailed ? "fail" : outcome.smoke?.status === "skipped" ? "warn" : "pass",
    summary,
    data: {
      image: name,
      digest: outcome.digest,
      format: inputs.format,
      mediaType: outcome.mediaType,
      pushed: inputs.push && !smokeFailed,
      tags: outcome.tags,
      model: outcome.model,
      ...(outcome.base ? { base: outcome.base } : {}),
      platforms: outcome.platforms,
      blobs,
      sourceDateEpoch: epoch,
      labels: outcome.labels,
      ...(outcome.smoke ? { smoke: outcome.smoke } : {}),
    },
  });
  if (smokeFailed) {
    process.exitCode = 1;
    annotate({ level: "error", message: `Smoke test failed, nothing was pushed: ${outcome.smoke?.summary}` });
  }
}

function smokeLine(smoke: SmokeResult): string {
  const where = smoke.runtime ? ` (${smoke.runtime}, ${smoke.platform}, ${smoke.seconds} s)` : "";
  return `${smoke.status}: ${smoke.summary}${where}`;
}
