import { join } from "node:path";
import { type BlobSource, bufferSource, fileSource } from "./blob-source.ts";
import { type Digest, sha256Digest } from "./digest.ts";
import { ImageBuildError } from "./errors.ts";
import { extendConfig } from "./image-config.ts";
import type { BuiltLayer } from "./layer.ts";
import { INDEX_TYPES, OCI_CONFIG, OCI_INDEX, OCI_MANIFEST, ociLayerMediaType } from "./media-types.ts";
import { formatPlatform, type Platform, platformMatches } from "./platform.ts";
import type { ImageReference } from "./reference.ts";
import type { BlobPushResult, RegistryClient } from "./registry-client.ts";
import { remoteBlobSource } from "./remote-blob.ts";

export interface Descriptor {
  mediaType: string;
  digest: Digest;
  size: number;
  platform?: Platform;
  annotations?: Record<string, string>;
}

interface ImageManifest {
  mediaType?: string;
  config: Descriptor;
  layers: Descriptor[];
}

export interface AddedLayer {
  layer: BuiltLayer;
  /** The `created_by` of its history entry. */
  createdBy: string;
}

export interface BuildImageOptions {
  base: ImageReference;
  /** A client for the base's registry; pass the target's client when both are the same registry. */
  baseClient: RegistryClient;
  target: { repository: string };
  targetClient: RegistryClient;
  layers: AddedLayer[];
  /** `os/arch[/variant]` to keep from a multi-platform base; all of them when empty. */
  platforms?: string[];
  env: Record<string, string>;
  defaultCmd?: string[];
  exposedPorts: string[];
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** RFC 3339 build time (from SOURCE_DATE_EPOCH). */
  created: string;
  tags: string[];
  push: boolean;
  /** A folder for base layers copied from another registry. */
  workDir: string;
  log?: (line: string) => void;
}

export interface PushedBlob {
  digest: Digest;
  size: number;
  kind: "layer" | "base-layer" | "config";
  result: BlobPushResult | "not-pushed";
}

export interface BuildImageResult {
  digest: Digest;
  mediaType: string;
  baseDigest: Digest;
  platforms: { platform: string; digest: Digest }[];
  blobs: PushedBlob[];
  tags: string[];
}

/** One platform's manifest with every blob it references, ready to push or to export. */
export interface PlannedManifest {
  platform?: Platform;
  bytes: Buffer;
  digest: Digest;
  /** The base layers, the added layers, then the config. */
  blobs: { source: BlobSource; kind: PushedBlob["kind"]; mountable: boolean }[];
}

/** The whole image as computed from the base, before anything is sent to the target. */
export interface PlannedImage {
  /** The index (multi-platform base) or the only manifest. */
  top: { mediaType: string; bytes: Buffer; digest: Digest };
  isIndex: boolean;
  manifests: PlannedManifest[];
  baseDigest: Digest;
}

/**
 * Appends layers to every platform of a base image, straight through the registries: the base's
 * manifests and configs are read, new configs and manifests written, and only blobs the target lacks
 * are sent (HEAD, then a cross-repository mount on the same registry, then an upload). Manifests go up
 * by digest after all blobs, the index after them, the tags last.
 */
export async function buildImage(options: BuildImageOptions): Promise<BuildImageResult> {
  return pushImage(await planImage(options), options);
}

/**
 * Reads the base and computes the new configs, manifests and index without writing anything to the
 * target, so that the image can be tried (exported, run) before a single blob is pushed.
 */
export async function planImage(options: BuildImageOptions): Promise<PlannedImage> {
  const baseRef = options.base.digest ?? options.base.tag ?? "latest";
  const base = await options.baseClient.getManifest(options.base.repository, baseRef);
  const isIndex = INDEX_TYPES.includes(base.mediaType);
  const baseImages: { manifest: ImageManifest; platform?: Platform }[] = [];
  if (isIndex) {
    const index = JSON.parse(base.bytes.toString("utf8")) as { manifests: Descriptor[] };
    const images = index.manifests.filter((m) => m.platform && m.platform.os !== "unknown");
    const wanted = options.platforms?.length
      ? images.filter((m) => options.platforms?.some((p) => platformMatches(m.platform as Platform, p)))
      : images;
    for (const requested of options.platforms ?? []) {
      if (!images.some((m) => platformMatches(m.platform as Platform, requested))) {
        const offered = images.map((m) => formatPlatform(m.platform as Platform)).join(", ");
        throw new ImageBuildError(`the base image has no platform ${requested} (it has ${offered})`);
      }
    }
    for (const descriptor of wanted) {
      const manifest = await options.baseClient.getManifest(options.base.repository, descriptor.digest);
      baseImages.push({
        manifest: JSON.parse(manifest.bytes.toString("utf8")) as ImageManifest,
        platform: descriptor.platform as Platform,
      });
    }
  } else {
    baseImages.push({ manifest: JSON.parse(base.bytes.toString("utf8")) as ImageManifest });
  }

  const sameRegistry = options.baseClient === options.targetClient;
  const planned: PlannedManifest[] = [];
  for (const { manifest, platform: indexPlatform } of baseImages) {
    const baseConfigBytes = await options.baseClient.getBlob(options.base.repository, manifest.config.digest);
    const baseConfig = JSON.parse(baseConfigBytes.toString("utf8")) as Record<string, unknown>;
    const platform = indexPlatform ?? platformOfConfig(baseConfig);
    const configBytes = extendConfig(baseConfig, {
      diffIds: options.layers.map((l) => l.layer.diffId),
      history: options.layers.map((l) => l.createdBy),
      env: options.env,
      ...(options.defaultCmd ? { defaultCmd: options.defaultCmd } : {}),
      exposedPorts: options.exposedPorts,
      labels: options.labels,
      created: options.created,
    });
    const config: Descriptor = {
      mediaType: OCI_CONFIG,
      digest: sha256Digest(configBytes),
      size: configBytes.length,
    };
    const baseLayers = manifest.layers.map((l) => ({
      mediaType: ociLayerMediaType(l.mediaType),
      digest: l.digest,
      size: l.size,
    }));
    const added = options.layers.map(({ layer }) => ({
      mediaType: layer.mediaType,
      digest: layer.digest,
      size: layer.size,
    }));
    const imageManifest = {
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config,
      layers: [...baseLayers, ...added],
      annotations: options.annotations,
    };
    const bytes = Buffer.from(JSON.stringify(imageManifest));
    planned.push({
      ...(platform ? { platform } : {}),
      bytes,
      digest: sha256Digest(bytes),
      blobs: [
        ...manifest.layers.map((l) => ({
          source: remoteBlobSource(
            options.baseClient,
            options.base.repository,
            l.digest,
            l.size,
            join(options.workDir, l.digest.slice(7)),
          ),
          kind: "base-layer" as const,
          mountable: sameRegistry,
        })),
        ...options.layers.map(({ layer }) => ({
          source: fileSource(layer.digest, layer.size, layer.file),
          kind: "layer" as const,
          mountable: false,
        })),
        { source: bufferSource(config.digest, configBytes), kind: "config" as const, mountable: false },
      ],
    });
  }

  let top: { mediaType: string; bytes: Buffer; digest: Digest };
  if (isIndex) {
    const index = {
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: planned.map((p) => ({
        mediaType: OCI_MANIFEST,
        digest: p.digest,
        size: p.bytes.length,
        platform: p.platform,
      })),
      annotations: options.annotations,
    };
    const bytes = Buffer.from(JSON.stringify(index));
    top = { mediaType: OCI_INDEX, bytes, digest: sha256Digest(bytes) };
  } else {
    const only = planned[0] as PlannedManifest;
    top = { mediaType: OCI_MANIFEST, bytes: only.bytes, digest: only.digest };
  }
  return { top, isIndex, manifests: planned, baseDigest: base.digest };
}

/** Pushes a planned image: blobs, then the manifests by digest, then the index, the tags last. */
export async function pushImage(image: PlannedImage, options: BuildImageOptions): Promise<BuildImageResult> {
  const log = options.log ?? (() => {});
  const { top, isIndex, manifests: planned } = image;
  const blobs: PushedBlob[] = [];
  const seen = new Set<string>();
  for (const manifest of planned) {
    for (const blob of manifest.blobs) {
      if (seen.has(blob.source.digest)) continue;
      seen.add(blob.source.digest);
      const result = options.push
        ? await options.targetClient.pushBlob(
            options.target.repository,
            blob.source,
            blob.mountable ? options.base.repository : undefined,
          )
        : "not-pushed";
      if (options.push) log(`${blob.kind} ${blob.source.digest}: ${result}`);
      blobs.push({ digest: blob.source.digest, size: blob.source.size, kind: blob.kind, result });
    }
  }
  if (options.push) {
    for (const manifest of planned) {
      if (!isIndex) break;
      await options.targetClient.putManifest(options.target.repository, manifest.digest, {
        mediaType: OCI_MANIFEST,
        bytes: manifest.bytes,
      });
    }
    await options.targetClient.putManifest(options.target.repository, top.digest, top);
    for (const tag of options.tags) {
      await options.targetClient.putManifest(options.target.repository, tag, top);
      log(`tagged ${tag}`);
    }
  }
  return {
    digest: top.digest,
    mediaType: top.mediaType,
    baseDigest: image.baseDigest,
    platforms: planned.map((p) => ({
      platform: p.platform ? formatPlatform(p.platform) : "unknown",
      digest: p.digest,
    })),
    blobs,
    tags: options.push ? options.tags : [],
  };
}

function platformOfConfig(config: Record<string, unknown>): Platform | undefined {
  if (typeof config.os !== "string" || typeof config.architecture !== "string") return undefined;
  return {
    os: config.os,
    architecture: config.architecture,
    ...(typeof config.variant === "string" ? { variant: config.variant } : {}),
  };
}
