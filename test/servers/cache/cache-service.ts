import { TwirpError } from "../artifacts/twirp.ts";
import type { CacheBlobs } from "./cache-blobs.ts";
import type { CacheStore } from "./cache-store.ts";

/**
 * The Twirp `github.actions.results.api.v1.CacheService` of GitHub's results service, as `@actions/cache`
 * v2 calls it (JSON with proto field names; int64 as decimal strings):
 * - `CreateCacheEntry { key, version }` -> `{ ok, signed_upload_url }`; a key and version that already
 *   exist are `already_exists` (entries are immutable, the client logs "another job may be creating it").
 * - `FinalizeCacheEntryUpload { key, version, size_bytes }` -> `{ ok, entry_id }` once the committed blob
 *   has that size.
 * - `GetCacheEntryDownloadURL { key, restore_keys, version }` -> `{ ok, signed_download_url, matched_key }`,
 *   or `{ ok: false }` when nothing matches.
 */
type Method = (body: Record<string, unknown>) => Record<string, unknown>;

export function cacheServiceMethods(store: CacheStore, blobs: CacheBlobs): Record<string, Method> {
  return {
    CreateCacheEntry(body) {
      const key = requiredString(body, "key");
      const version = requiredString(body, "version");
      if (key.length > 512) throw new TwirpError("invalid_argument", "key is longer than 512 characters");
      if (store.find(key, version) !== undefined) {
        throw new TwirpError("already_exists", `cache entry ${key} with version ${version} already exists`);
      }
      const entry = store.reserve(key, version);
      return { ok: true, signed_upload_url: blobs.uploadUrl(entry.id) };
    },
    FinalizeCacheEntryUpload(body) {
      const key = requiredString(body, "key");
      const version = requiredString(body, "version");
      const size = Number(body.size_bytes ?? body.sizeBytes);
      const entry = store.find(key, version);
      if (entry === undefined || entry.bytes !== undefined) {
        throw new TwirpError("not_found", `no cache entry ${key} with version ${version} is being uploaded`);
      }
      const bytes = blobs.takeCommitted(entry.id);
      if (bytes === undefined) {
        store.delete(entry.id);
        throw new TwirpError("failed_precondition", "the archive was never uploaded");
      }
      if (bytes.length !== size) {
        store.delete(entry.id);
        throw new TwirpError(
          "invalid_argument",
          `size_bytes ${size} does not match the ${bytes.length} bytes uploaded`,
        );
      }
      entry.bytes = bytes;
      return { ok: true, entry_id: String(entry.id) };
    },
    GetCacheEntryDownloadURL(body) {
      const key = requiredString(body, "key");
      const version = requiredString(body, "version");
      const restoreKeys = body.restore_keys ?? body.restoreKeys ?? [];
      if (!Array.isArray(restoreKeys) || restoreKeys.some((item) => typeof item !== "string")) {
        throw new TwirpError("invalid_argument", "restore_keys must be a list of strings");
      }
      const entry = store.match(key, restoreKeys as string[], version);
      if (entry === undefined) return { ok: false, signed_download_url: "", matched_key: "" };
      return { ok: true, signed_download_url: blobs.downloadUrl(entry.id), matched_key: entry.key };
    },
  };
}

function requiredString(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== "string" || value === "") {
    throw new TwirpError("invalid_argument", `${field} is required`);
  }
  return value;
}
