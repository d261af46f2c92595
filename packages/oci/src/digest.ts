import { createHash, type Hash } from "node:crypto";

export type Digest = `sha256:${string}`;

const DIGEST_PATTERN = /^sha256:[a-f0-9]{64}$/;

export function sha256Digest(data: Uint8Array | string): Digest {
  return `sha256:${createHash("sha256").update(data).digest("hex")}`;
}

export function digestOf(hash: Hash): Digest {
  return `sha256:${hash.digest("hex")}`;
}

export function isDigest(value: string): value is Digest {
  return DIGEST_PATTERN.test(value);
}
