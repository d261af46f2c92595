import { annotate } from "@mlops-actions/kit";
import {
  type BuildImageOptions,
  buildModelLayers,
  isLoopbackRegistry,
  MODELS_DIR,
  planImage,
  pushImage,
  RegistryClient,
} from "@mlops-actions/oci";
import type { BuildInputs } from "./inputs.ts";
import type { BuildOutcome, BuildPlan } from "./outcome.ts";
import { runSmokeTest, type SmokeResult } from "./smoke-test.ts";

/**
 * format: image — the model appended to every platform of the serving runtime image. With a smoke
 * request, the image is run and asked first: pushing starts only after it passed (or was skipped).
 */
export async function buildServingImage(inputs: BuildInputs, plan: BuildPlan): Promise<BuildOutcome> {
  const model = await buildModelLayers({
    modelPath: inputs.model,
    framework: inputs.framework,
    modelName: plan.modelName,
    mtime: plan.epochSeconds,
    workDir: plan.workDir,
  });
  const targetClient = new RegistryClient({
    registry: inputs.target.registry,
    insecure: inputs.insecure,
    credentials: inputs.credentials,
  });
  const baseClient =
    inputs.base.registry === inputs.target.registry
      ? targetClient
      : new RegistryClient({
          registry: inputs.base.registry,
          insecure: isLoopbackRegistry(inputs.base.registry),
        });
  const baseName = `${inputs.base.registry}/${inputs.base.repository}${inputs.base.tag ? `:${inputs.base.tag}` : ""}`;
  const labels = plan.labels({ framework: model.framework, modelDigest: model.modelDigest });
  const options: BuildImageOptions = {
    base: inputs.base,
    baseClient,
    target: inputs.target,
    targetClient,
    layers: model.layers,
    platforms: inputs.platforms,
    env: { MLSERVER_MODELS_DIR: `/${MODELS_DIR}`, MLSERVER_MODEL_NAME: plan.modelName },
    defaultCmd: ["mlserver", "start", `/${MODELS_DIR}`],
    exposedPorts: ["8080/tcp", "8081/tcp"],
    labels,
    annotations: { ...labels, "org.opencontainers.image.base.name": baseName },
    created: plan.created,
    tags: inputs.push ? plan.tags : [],
    push: inputs.push,
    workDir: plan.workDir,
    log: plan.log,
  };
  const image = await planImage(options);
  let smoke: SmokeResult | undefined;
  if (inputs.smoke) {
    smoke = await runSmokeTest({
      smoke: inputs.smoke,
      image,
      modelName: plan.modelName,
      workDir: plan.workDir,
      log: plan.log,
    });
    plan.log(`smoke test ${smoke.status}: ${smoke.summary}`);
    if (smoke.status === "skipped")
      annotate({ level: "warning", message: `Smoke test skipped: ${smoke.summary}` });
  }
  const push = inputs.push && smoke?.status !== "fail";
  const result = await pushImage(image, { ...options, push, tags: push ? plan.tags : [] });
  return {
    digest: result.digest,
    mediaType: result.mediaType,
    tags: result.tags,
    model: {
      name: plan.modelName,
      framework: model.framework,
      uri: model.uri,
      sha256: model.modelDigest,
      files: model.fileCount,
      generatedSettings: model.generatedSettings,
    },
    base: { image: baseName, digest: result.baseDigest },
    platforms: result.platforms,
    blobs: result.blobs,
    labels,
    ...(smoke ? { smoke } : {}),
  };
}
