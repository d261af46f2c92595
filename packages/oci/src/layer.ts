import { createHash } from "node:crypto";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { open } from "node:fs/promises";
import { Readable, Transform } from "node:stream";
import { finished, pipeline } from "node:stream/promises";
import { createGzip, constants as zlibConstants } from "node:zlib";
import { pack } from "tar-stream";
import { BufferPool } from "./buffer-pool.ts";
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

/** Fewer, larger chunks through tar-stream, the hash and the file: a model is hundreds of megabytes. */
const FILE_READ_CHUNK = 1024 * 1024;

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
  const pool = new BufferPool(FILE_READ_CHUNK);
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
          pool,
        );
      }
    }
    tar.finalize();
  })();

  const gzip = options.compression === "gzip";
  const diffIdHash = createHash("sha256");
  // Uncompressed, the blob is the tar: one hash serves as both digest and diff_id.
  const blobHash = gzip ? createHash("sha256") : diffIdHash;
  let size = 0;
  const stages: NodeJS.ReadWriteStream[] = [];
  if (gzip) {
    stages.push(
      tap((chunk) => diffIdHash.update(chunk)),
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
    gzip
      ? pipeline([Readable.from(tarChunks(tar)), ...stages, createWriteStream(options.outFile)])
      : writeTar(
          tar,
          options.outFile,
          (chunk) => {
            blobHash.update(chunk);
            size += chunk.length;
          },
          pool,
        ),
  ]);
  const diffId = digestOf(diffIdHash);
  const digest = gzip ? digestOf(blobHash) : diffId;
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

/** The file's bytes, read into pooled buffers until its end (tar-stream checks the size against the header). */
async function addFileEntry(tar: Pack, header: Header, source: string, pool: BufferPool): Promise<void> {
  const handle = await open(source, "r");
  try {
    await new Promise<void>((resolve, reject) => {
      const sink = tar.entry(header, (error) => (error ? reject(error) : resolve()));
      (async () => {
        for (;;) {
          const buffer = pool.acquire();
          const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
          if (bytesRead === 0) {
            pool.release(buffer);
            break;
          }
          if (!sink.write(buffer.subarray(0, bytesRead))) await once(sink, "drain");
        }
        sink.end(undefined);
      })().catch(reject);
    });
  } finally {
    await handle.close();
  }
}

/** An uncompressed layer: each chunk observed, then written; then its read buffer goes back to the pool. */
async function writeTar(tar: Pack, outFile: string, observe: (chunk: Buffer) => void, pool: BufferPool) {
  const out = createWriteStream(outFile);
  const closed = finished(out);
  closed.catch(() => {});
  try {
    for await (const chunk of tarChunks(tar)) {
      observe(chunk);
      await new Promise<void>((resolve, reject) =>
        out.write(chunk, (error) => (error ? reject(error) : resolve())),
      );
      pool.release(chunk);
    }
  } finally {
    out.end();
  }
  await closed;
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
