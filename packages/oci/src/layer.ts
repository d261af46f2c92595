import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip, constants as zlibConstants } from "node:zlib";
import { pack } from "tar-stream";
import { type Digest, digestOf } from "./digest.ts";
import { OCI_LAYER_GZIP, OCI_LAYER_TAR } from "./media-types.ts";

/** One entry of a layer: a path inside the image (no leading `/`) and where its bytes come from. */
export type LayerEntry =
  | { path: string; type: "file"; source: string; size: number; executable?: boolean }
  | { path: string; type: "file"; content: Buffer; executable?: boolean }
  | { path: string; type: "directory" };

export interface LayerOptions {
  /** Where to write the layer blob. */
  outFile: string;
  /** Modification time of every entry, in seconds since the epoch (`SOURCE_DATE_EPOCH`). */
  mtime: number;
  compression: "gzip" | "none";
  /** gzip level, pinned so that the same tar always compresses to the same bytes. */
  gzipLevel?: number;
}

export interface BuiltLayer {
  file: string;
  mediaType: string;
  /** Digest of the blob as stored (compressed or not). */
  digest: Digest;
  /** Digest of the uncompressed tar: the config's `rootfs.diff_ids` entry. */
  diffId: Digest;
  size: number;
}

export const DEFAULT_GZIP_LEVEL = 6;

/**
 * Writes a reproducible layer: entries sorted by path (byte order), parent directories added, owner
 * 0:0 with empty names, modes 0755 (directories, executables) or 0644, one fixed time, ustar headers
 * (tar-stream adds a PAX header only for names ustar cannot hold), and gzip with a pinned level and no
 * name or time in its header (node's zlib writes mtime 0). Same entries and time: same bytes.
 */
export async function buildLayer(entries: LayerEntry[], options: LayerOptions): Promise<BuiltLayer> {
  const sorted = withParentDirectories(entries).sort((a, b) =>
    Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)),
  );
  const tar = pack();
  const mtime = new Date(options.mtime * 1000);
  const writing = (async () => {
    for (const entry of sorted) {
      const header = { name: entry.path, mtime, uid: 0, gid: 0, uname: "", gname: "" };
      if (entry.type === "directory") {
        await addEntry(tar, { ...header, name: `${entry.path}/`, type: "directory", mode: 0o755 });
      } else if ("content" in entry) {
        await addEntry(
          tar,
          { ...header, type: "file", mode: entry.executable ? 0o755 : 0o644, size: entry.content.length },
          entry.content,
        );
      } else {
        await addFileEntry(
          tar,
          { ...header, type: "file", mode: entry.executable ? 0o755 : 0o644, size: entry.size },
          entry.source,
        );
      }
    }
    tar.finalize();
  })();

  const diffIdHash = createHash("sha256");
  const blobHash = createHash("sha256");
  let size = 0;
  const stages: NodeJS.ReadWriteStream[] = [tap((chunk) => diffIdHash.update(chunk))];
  if (options.compression === "gzip") {
    stages.push(
      createGzip({
        level: options.gzipLevel ?? DEFAULT_GZIP_LEVEL,
        strategy: zlibConstants.Z_DEFAULT_STRATEGY,
      }),
    );
  }
  stages.push(
    tap((chunk) => {
      blobHash.update(chunk);
      size += chunk.length;
    }),
  );
  await Promise.all([
    writing,
    pipeline([Readable.from(tarChunks(tar)), ...stages, createWriteStream(options.outFile)]),
  ]);
  const diffId = digestOf(diffIdHash);
  const digest = options.compression === "gzip" ? digestOf(blobHash) : diffId;
  return {
    file: options.outFile,
    mediaType: options.compression === "gzip" ? OCI_LAYER_GZIP : OCI_LAYER_TAR,
    digest,
    diffId,
    size,
  };
}

type Pack = ReturnType<typeof pack>;
type Header = Parameters<Pack["entry"]>[0];

function addEntry(tar: Pack, header: Header, content?: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    tar.entry(header, content ?? Buffer.alloc(0), (error) => (error ? reject(error) : resolve()));
  });
}

function addFileEntry(tar: Pack, header: Header, source: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const sink = tar.entry(header, (error) => (error ? reject(error) : resolve()));
    const stream = createReadStream(source);
    stream.on("error", reject);
    stream.on("data", (chunk) => {
      if (!sink.write(chunk)) {
        stream.pause();
        sink.once("drain", () => stream.resume());
      }
    });
    stream.on("end", () => sink.end(undefined));
  });
}

async function* tarChunks(tar: Pack): AsyncGenerator<Buffer> {
  for await (const chunk of tar) yield chunk as Buffer;
}

function tap(observe: (chunk: Buffer) => void): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      observe(chunk);
      callback(null, chunk);
    },
  });
}

function withParentDirectories(entries: LayerEntry[]): LayerEntry[] {
  const byPath = new Map<string, LayerEntry>();
  for (const entry of entries) {
    const path = entry.path.replace(/^\/+|\/+$/g, "");
    if (!path || path.split("/").some((part) => part === ".." || part === ".")) {
      throw new Error(`layer entry path '${entry.path}' is not a clean relative path`);
    }
    byPath.set(path, { ...entry, path });
    const parts = path.split("/");
    for (let depth = 1; depth < parts.length; depth++) {
      const parent = parts.slice(0, depth).join("/");
      if (!byPath.has(parent)) byPath.set(parent, { path: parent, type: "directory" });
    }
  }
  return [...byPath.values()];
}
