import {
  buildImage,
  buildModelLayers,
  isLoopbackRegistry,
  MODELS_DIR,
  RegistryClient,
} from "@mlops-actions/oci";
import type { BuildInputs } from "./inputs.ts";
import type { BuildOutcome, BuildPlan } from "./outcome.ts";

/** format: image — the model appended to every platform of the serving runtime image. */
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
  const result = await buildImage({
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
  });
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
  };
}
