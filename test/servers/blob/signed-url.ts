import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Blob URLs in the shape of Azure SAS URLs: the client treats them as opaque, but they expire and are
 * signed over path, permissions and expiry, so a test cannot reach a blob without a URL the service issued
 * (`sp=cw` to upload, `sp=r` to download).
 */
export type BlobPermission = "cw" | "r";

const serviceVersion = "2025-01-05";

export class BlobUrlSigner {
  readonly #secret: Buffer;
  readonly #origin: string;

  constructor(secret: Buffer, origin: string) {
    this.#secret = secret;
    this.#origin = origin;
  }

  sign(path: string, permission: BlobPermission, expiresAt: Date): string {
    const url = new URL(path, this.#origin);
    const expiry = expiresAt.toISOString().replace(/\.\d{3}Z$/, "Z");
    url.searchParams.set("sv", serviceVersion);
    url.searchParams.set("sr", "b");
    url.searchParams.set("sp", permission);
    url.searchParams.set("se", expiry);
    url.searchParams.set("sig", this.#signature(url.pathname, permission, expiry));
    return url.href;
  }

  /** Why a request URL does not grant `needed` on its path, or undefined when it does. */
  problemWith(url: URL, needed: "w" | "r", now = new Date()): string | undefined {
    const permission = url.searchParams.get("sp") ?? "";
    const expiry = url.searchParams.get("se") ?? "";
    const given = Buffer.from(url.searchParams.get("sig") ?? "");
    const expected = Buffer.from(this.#signature(url.pathname, permission, expiry));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return "Signature did not match.";
    }
    if (!(new Date(expiry).getTime() > now.getTime())) {
      return "Signed expiry time has passed.";
    }
    return permission.includes(needed) ? undefined : `The SAS does not grant the '${needed}' permission.`;
  }

  #signature(pathname: string, permission: string, expiry: string): string {
    // Signed over the decoded path: the storage SDK may re-escape the path it was given.
    const canonicalPath = decodeOrKeep(pathname);
    return createHmac("sha256", this.#secret)
      .update(`${permission}\n${expiry}\n${canonicalPath}`)
      .digest("base64");
  }
}

function decodeOrKeep(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}
