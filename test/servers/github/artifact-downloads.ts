import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** Prefix of the signed blob URLs the download route redirects to (GitHub redirects to signed storage URLs). */
export const artifactDownloadPrefix = "/_blobs/artifacts/";

const secret = randomBytes(32);

function signature(artifactId: number): string {
  return createHmac("sha256", secret).update(String(artifactId)).digest("hex");
}

/** A URL on this server that serves the artifact's zip without a token, like GitHub's signed storage URL. */
export function artifactDownloadUrl(apiUrl: string, artifactId: number): string {
  return `${apiUrl}${artifactDownloadPrefix}${artifactId}.zip?sig=${signature(artifactId)}`;
}

/** The artifact id a signed download URL names, or undefined when the path or signature is not one of ours. */
export function signedArtifactId(url: URL): number | undefined {
  const found = new RegExp(`^${artifactDownloadPrefix}(\\d+)\\.zip$`).exec(url.pathname);
  if (found?.[1] === undefined) return undefined;
  const id = Number(found[1]);
  const given = Buffer.from(url.searchParams.get("sig") ?? "");
  const expected = Buffer.from(signature(id));
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : undefined;
}
