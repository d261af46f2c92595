import {
  buildModelPack,
  type Detection,
  detectFramework,
  hashModelFiles,
  listingDigest,
  listModelFiles,
  modelUriFor,
  pushModelPack,
  RegistryClient,
} from "@mlops-actions/oci";
import type { BuildInputs } from "./inputs.ts";
import type { BuildOutcome, BuildPlan } from "./outcome.ts";

/** format: modelpack — the model as a CNCF ModelPack OCI artifact, one raw layer per file. */
export async function buildModelPackArtifact(inputs: BuildInputs, plan: BuildPlan): Promise<BuildOutcome> {
  const files = await hashModelFiles(listModelFiles(inputs.model));
  const detection: Detection =
    inputs.framework === "auto"
      ? detectFramework(files)
      : { framework: inputs.framework, uri: modelUriFor(inputs.framework, files) };
  const modelDigest = listingDigest(files);
  const labels = plan.labels({ framework: detection.framework, modelDigest });
  const pack = buildModelPack({
    files,
    framework: detection.framework,
    weights: [detection.uri],
    name: plan.modelName,
    created: plan.created,
    ...(plan.tags[0] ? { version: plan.tags[0] } : {}),
    ...(plan.facts.revision ? { revision: plan.facts.revision } : {}),
    ...(plan.facts.sourceUrl ? { sourceUrl: plan.facts.sourceUrl } : {}),
    ...(plan.facts.licenses ? { licenses: [plan.facts.licenses] } : {}),
    annotations: labels,
  });
  const client = new RegistryClient({
    registry: inputs.target.registry,
    insecure: inputs.insecure,
    credentials: inputs.credentials,
  });
  const blobs = inputs.push
    ? await pushModelPack(client, inputs.target.repository, pack, plan.tags)
    : pack.blobs.map(({ source, kind }) => ({
        digest: source.digest,
        size: source.size,
        kind,
        result: "not-pushed" as const,
      }));
  return {
    digest: pack.digest,
    mediaType: "application/vnd.oci.image.manifest.v1+json",
    tags: inputs.push ? plan.tags : [],
    model: {
      name: plan.modelName,
      framework: detection.framework,
      uri: detection.uri,
      sha256: modelDigest,
      files: files.length,
      generatedSettings: false,
    },
    platforms: [],
    blobs,
    labels,
  };
}
