export { type BlobSource, bufferSource, fileSource } from "./blob-source.ts";
export {
  type AddedLayer,
  type BuildImageOptions,
  type BuildImageResult,
  buildImage,
  type Descriptor,
  type PlannedImage,
  type PlannedManifest,
  type PushedBlob,
  planImage,
  pushImage,
} from "./build-image.ts";
export {
  GHCR_MAX_REQUEST_BYTES,
  knownRequestLimit,
  parseChunkMinLength,
  parseRequestSizeLimit,
  planChunkSize,
} from "./chunk-plan.ts";
export { type Digest, digestOf, isDigest, sha256Digest } from "./digest.ts";
export { ImageBuildError, RegistryError } from "./errors.ts";
export {
  type Detection,
  detectFramework,
  FRAMEWORKS,
  type Framework,
  FrameworkDetectionError,
  modelUriFor,
} from "./framework.ts";
export { type ConfigChanges, extendConfig } from "./image-config.ts";
export {
  defaultTags,
  type GitFacts,
  imageLabels,
  type LabelFacts,
  MODEL_LABEL_PREFIX,
  sanitizeTag,
} from "./image-metadata.ts";
export {
  type BuiltLayer,
  buildLayer,
  DEFAULT_GZIP_LEVEL,
  type LayerEntry,
  type LayerOptions,
} from "./layer.ts";
export * from "./media-types.ts";
export { listModelFiles, type ModelFile, modelLayerEntries } from "./model-files.ts";
export { buildModelLayers, MODELS_DIR, type ModelLayers, type ModelLayersOptions } from "./model-layers.ts";
export { MLSERVER_IMPLEMENTATIONS, mlserverModelSettings, modelNameFrom } from "./model-settings.ts";
export {
  buildModelPack,
  type HashedFile,
  hashModelFiles,
  listingDigest,
  MODELPACK_ARTIFACT_TYPE,
  MODELPACK_CONFIG,
  MODELPACK_DOC_RAW,
  MODELPACK_FILEPATH,
  MODELPACK_WEIGHT_CONFIG_RAW,
  MODELPACK_WEIGHT_RAW,
  type ModelPack,
  type ModelPackOptions,
  pushModelPack,
} from "./modelpack.ts";
export { writeOciArchive } from "./oci-archive.ts";
export { formatPlatform, type Platform, platformMatches } from "./platform.ts";
export {
  formatReference,
  type ImageReference,
  InvalidReferenceError,
  isLoopbackRegistry,
  isValidTag,
  parseReference,
  registryApiHost,
} from "./reference.ts";
export { basicAuthorization, type Credentials, fetchBearerToken } from "./registry-auth.ts";
export {
  type BlobPushResult,
  type Manifest,
  pullScope,
  pushScope,
  RegistryClient,
  type RegistryClientOptions,
  type UploadSession,
} from "./registry-client.ts";
export { remoteBlobSource } from "./remote-blob.ts";
export { type AuthChallenge, parseWwwAuthenticate } from "./www-authenticate.ts";
