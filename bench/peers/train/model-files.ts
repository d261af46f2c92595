// The model the run-cache bench saves and restores, and what tar needs to read the cache's archive.
import { execFileSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { timeSpawn } from "../../lib.ts";

export type Compression = "zstd" | "gzip" | "none";

/** Writes model/ (incompressible weights plus small config and vocabulary) and out/metrics.json; returns the weights' sha256. */
export function writeModel(workspace: string, weightBytes: number): string {
  mkdirSync(join(workspace, "model"), { recursive: true });
  mkdirSync(join(workspace, "out"), { recursive: true });
  const weights = randomBytes(weightBytes);
  writeFileSync(join(workspace, "model", "weights.bin"), weights);
  writeFileSync(join(workspace, "model", "config.json"), JSON.stringify({ layers: 12, hidden: 768 }));
  writeFileSync(
    join(workspace, "model", "vocab.txt"),
    Array.from({ length: 5000 }, (_, i) => `token${i}`).join("\n"),
  );
  writeFileSync(join(workspace, "out", "metrics.json"), JSON.stringify({ accuracy: 0.93, loss: 0.21 }));
  return createHash("sha256").update(weights).digest("hex");
}

/** The compression of a cache archive, from its magic bytes. */
export function archiveCompression(archive: Uint8Array): Compression {
  if (archive[0] === 0x28 && archive[1] === 0xb5 && archive[2] === 0x2f && archive[3] === 0xfd) return "zstd";
  if (archive[0] === 0x1f && archive[1] === 0x8b) return "gzip";
  return "none";
}

/** The decompressor @actions/cache hands GNU tar on Linux for that compression. */
export function decompressor(compression: Exclude<Compression, "none">): string {
  return compression === "zstd" ? "unzstd --long=30" : "gzip -d";
}

/** Tar's arguments to read an archive of that compression, as @actions/cache extracts it. */
export function tarReadArgs(compression: Compression): string[] {
  return compression === "none" ? [] : ["--use-compress-program", decompressor(compression)];
}

/** Writes the uncompressed tar inside a compressed archive to `out`. */
export function decompressFile(
  archive: string,
  out: string,
  compression: Exclude<Compression, "none">,
): void {
  execFileSync("sh", ["-c", `${decompressor(compression)} < "$0" > "$1"`, archive, out]);
}

/** What a hand-written restore does: ask the cache service for the entry's URL, download it, extract it. */
export async function curlAndTar(
  service: { url: string; token: string },
  entry: { key: string; version: string },
  file: string,
  target: string,
  compression: Compression,
): Promise<number> {
  const started = performance.now();
  const response = await fetch(
    new URL("twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL", service.url),
    {
      method: "POST",
      headers: { authorization: `Bearer ${service.token}`, "content-type": "application/json" },
      body: JSON.stringify({ key: entry.key, restore_keys: [], version: entry.version }),
    },
  );
  const body = (await response.json()) as { ok?: boolean; signed_download_url?: string };
  if (!body.ok || body.signed_download_url === undefined)
    throw new Error(`no download URL: ${JSON.stringify(body)}`);
  await timeSpawn("curl", ["-sSf", "-o", file, body.signed_download_url], target);
  await timeSpawn("tar", ["-xf", file, "-P", "-C", target, ...tarReadArgs(compression)], target);
  return performance.now() - started;
}
