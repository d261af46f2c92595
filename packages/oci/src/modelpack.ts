import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { type BlobSource, bufferSource, fileSource } from "./blob-source.ts";
import type { PushedBlob } from "./build-image.ts";
import { type Digest, digestOf, sha256Digest } from "./digest.ts";
import type { Framework } from "./framework.ts";
import { OCI_MANIFEST } from "./media-types.ts";
import type { ModelFile } from "./model-files.ts";
import type { RegistryClient } from "./registry-client.ts";

/** CNCF ModelPack (github.com/modelpack/model-spec) media types and annotation keys. */
export const MODELPACK_ARTIFACT_TYPE = "application/vnd.cncf.model.manifest.v1+json";
export const MODELPACK_CONFIG = "application/vnd.cncf.model.config.v1+json";
export const MODELPACK_WEIGHT_RAW = "application/vnd.cncf.model.weight.v1.raw";
export const MODELPACK_WEIGHT_CONFIG_RAW = "application/vnd.cncf.model.weight.config.v1.raw";
export const MODELPACK_DOC_RAW = "application/vnd.cncf.model.doc.v1.raw";
export const MODELPACK_FILEPATH = "org.cncf.model.filepath";

export interface HashedFile extends ModelFile {
  digest: Digest;
}

export interface ModelPackOptions {
  files: HashedFile[];
  framework: Framework;
  /** The files the runtime loads (relative paths); they become weight layers. */
  weights: string[];
  name: string;
  created: string;
  version?: string;
  revision?: string;
  sourceUrl?: string;
  licenses?: string[];
  annotations: Record<string, string>;
}

export interface ModelPack {
  digest: Digest;
  manifest: Buffer;
  blobs: { source: BlobSource; kind: PushedBlob["kind"] }[];
}

/**
 * The model as a ModelPack artifact: one raw layer per file (the blob is the file itself, so its digest
 * is the file's sha256 and every registry dedupes it), weights, weight configuration and documentation
 * told apart by media type, each layer annotated with its path; the config's `modelfs.diff_ids` list
 * the same digests (a raw layer is its own uncompressed content).
 */
export function buildModelPack(options: ModelPackOptions): ModelPack {
  const layers: { mediaType: string; digest: Digest; size: number; annotations: Record<string, string> }[] =
    [];
  const blobs: ModelPack["blobs"] = [];
  for (const file of options.files) {
    const digest = file.digest;
    layers.push({
      mediaType: layerMediaType(file.relative, options.weights),
      digest,
      size: file.size,
      annotations: { [MODELPACK_FILEPATH]: file.relative, "org.opencontainers.image.title": file.relative },
    });
    blobs.push({ source: fileSource(digest, file.size, file.absolute), kind: "layer" });
  }
  const config = Buffer.from(
    JSON.stringify({
      descriptor: {
        createdAt: options.created,
        name: options.name,
        ...(options.version ? { version: options.version } : {}),
        ...(options.revision ? { revision: options.revision } : {}),
        ...(options.sourceUrl ? { sourceURL: options.sourceUrl } : {}),
        ...(options.licenses?.length ? { licenses: options.licenses } : {}),
      },
      config: { format: options.framework },
      modelfs: { type: "layers", diff_ids: layers.map((l) => l.digest) },
    }),
  );
  const configDigest = sha256Digest(config);
  blobs.push({ source: bufferSource(configDigest, config), kind: "config" });
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      artifactType: MODELPACK_ARTIFACT_TYPE,
      config: { mediaType: MODELPACK_CONFIG, digest: configDigest, size: config.length },
      layers,
      annotations: options.annotations,
    }),
  );
  return { digest: sha256Digest(manifest), manifest, blobs };
}

/** Pushes the blobs the repository lacks, then the manifest by digest, then the tags. */
export async function pushModelPack(
  client: RegistryClient,
  repository: string,
  pack: ModelPack,
  tags: string[],
): Promise<PushedBlob[]> {
  const pushed: PushedBlob[] = [];
  for (const { source, kind } of pack.blobs) {
    if (pushed.some((p) => p.digest === source.digest)) continue;
    pushed.push({
      digest: source.digest,
      size: source.size,
      kind,
      result: await client.pushBlob(repository, source),
    });
  }
  const manifest = { mediaType: OCI_MANIFEST, bytes: pack.manifest };
  await client.putManifest(repository, pack.digest, manifest);
  for (const tag of tags) await client.putManifest(repository, tag, manifest);
  return pushed;
}

const DOC_FILE = /(^|\/)(readme|license|licence|notice|changelog)[^/]*$|\.md$/i;
const CONFIG_FILE = /(^|\/)(MLmodel|requirements[^/]*\.txt|model-settings\.json|[^/]*\.ya?ml)$/;

/** Docs by name, then known configuration files, then the model's own files as weights. */
function layerMediaType(relative: string, weights: string[]): string {
  if (DOC_FILE.test(relative)) return MODELPACK_DOC_RAW;
  if (CONFIG_FILE.test(relative)) return MODELPACK_WEIGHT_CONFIG_RAW;
  if (weights.includes(".") || weights.includes(relative)) return MODELPACK_WEIGHT_RAW;
  return MODELPACK_WEIGHT_CONFIG_RAW;
}

/** Each file with its sha256 (the digest of its raw layer). */
export async function hashModelFiles(files: ModelFile[]): Promise<HashedFile[]> {
  const hashed: HashedFile[] = [];
  for (const file of files) hashed.push({ ...file, digest: await fileDigest(file.absolute) });
  return hashed;
}

/** One digest for a set of files: the sha256 of their `sha256sum`-style listing, sorted by path. */
export function listingDigest(files: HashedFile[]): Digest {
  const lines = [...files]
    .sort((a, b) => (a.relative < b.relative ? -1 : 1))
    .map((f) => `${f.digest.slice(7)}  ${f.relative}\n`);
  return sha256Digest(lines.join(""));
}

async function fileDigest(path: string): Promise<Digest> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return digestOf(hash);
}
