import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  bufferSource,
  buildLayer,
  type Digest,
  DOCKER_CONFIG,
  DOCKER_LAYER_GZIP,
  DOCKER_MANIFEST,
  fileSource,
  OCI_CONFIG,
  OCI_INDEX,
  OCI_MANIFEST,
  type RegistryClient,
  sha256Digest,
} from "@mlops-actions/oci";

export interface PushedBase {
  digest: Digest;
  platforms: { platform: string; digest: Digest; layerDigest: Digest }[];
}

/**
 * Pushes a tiny stand-in for a serving runtime (no Docker Hub here): per platform one gzip layer with
 * `etc/runtime-release` naming the platform and a config with Env, Cmd and a label; an OCI index over
 * them. `platforms` like ["linux/amd64", "linux/arm64"].
 */
export async function pushBaseImage(
  client: RegistryClient,
  repository: string,
  tag: string,
  platforms: string[],
): Promise<PushedBase> {
  const dir = mkdtempSync(join(tmpdir(), "base-image-"));
  try {
    const entries: PushedBase["platforms"] = [];
    const descriptors = [];
    for (const platform of platforms) {
      const [os, architecture] = platform.split("/") as [string, string];
      const layer = await buildLayer(
        [
          {
            path: "etc/runtime-release",
            type: "file",
            content: Buffer.from(`stand-in runtime for ${platform}\n`),
          },
          {
            path: "usr/bin/serve",
            type: "file",
            content: Buffer.from("#!/bin/sh\necho serving\n"),
            executable: true,
          },
        ],
        { outFile: join(dir, `${architecture}.tar.gz`), mtime: 1_700_000_000, compression: "gzip" },
      );
      await client.pushBlob(repository, fileSource(layer.digest, layer.size, layer.file));
      const config = Buffer.from(
        JSON.stringify({
          architecture,
          os,
          created: "2023-11-14T22:13:20Z",
          config: {
            Env: ["PATH=/usr/bin:/bin", "MLSERVER_MODELS_DIR=/mnt/models"],
            Cmd: ["/usr/bin/serve"],
            Labels: { "runtime.name": "stand-in" },
          },
          rootfs: { type: "layers", diff_ids: [layer.diffId] },
          history: [{ created: "2023-11-14T22:13:20Z", created_by: "test: stand-in runtime" }],
        }),
      );
      await client.pushBlob(repository, bufferSource(sha256Digest(config), config));
      const manifest = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: OCI_MANIFEST,
          config: { mediaType: OCI_CONFIG, digest: sha256Digest(config), size: config.length },
          layers: [{ mediaType: layer.mediaType, digest: layer.digest, size: layer.size }],
        }),
      );
      const digest = await client.putManifest(repository, sha256Digest(manifest), {
        mediaType: OCI_MANIFEST,
        bytes: manifest,
      });
      descriptors.push({
        mediaType: OCI_MANIFEST,
        digest,
        size: manifest.length,
        platform: { os, architecture },
      });
      entries.push({ platform, digest, layerDigest: layer.digest });
    }
    const index = Buffer.from(
      JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: descriptors }),
    );
    const digest = await client.putManifest(repository, tag, { mediaType: OCI_INDEX, bytes: index });
    return { digest, platforms: entries };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A single-platform linux/amd64 base in Docker's schema 2 media types (no index), as many runtimes on
 * Docker Hub still are: the builder must relabel its layers to OCI types and keep their bytes.
 */
export async function pushDockerBaseImage(
  client: RegistryClient,
  repository: string,
  tag: string,
): Promise<{ digest: Digest; layerDigest: Digest }> {
  const dir = mkdtempSync(join(tmpdir(), "docker-base-"));
  try {
    const layer = await buildLayer(
      [{ path: "etc/runtime-release", type: "file", content: Buffer.from("docker-typed runtime\n") }],
      {
        outFile: join(dir, "layer.tar.gz"),
        mtime: 1_700_000_000,
        compression: "gzip",
      },
    );
    await client.pushBlob(repository, fileSource(layer.digest, layer.size, layer.file));
    const config = Buffer.from(
      JSON.stringify({
        architecture: "amd64",
        os: "linux",
        config: { Cmd: ["/bin/true"] },
        rootfs: { type: "layers", diff_ids: [layer.diffId] },
      }),
    );
    await client.pushBlob(repository, bufferSource(sha256Digest(config), config));
    const manifest = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: DOCKER_MANIFEST,
        config: { mediaType: DOCKER_CONFIG, digest: sha256Digest(config), size: config.length },
        layers: [{ mediaType: DOCKER_LAYER_GZIP, digest: layer.digest, size: layer.size }],
      }),
    );
    const digest = await client.putManifest(repository, tag, { mediaType: DOCKER_MANIFEST, bytes: manifest });
    return { digest, layerDigest: layer.digest };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
