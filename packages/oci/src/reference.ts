import { isDigest } from "./digest.ts";

/** A parsed image reference: `registry/repository[:tag][@sha256:...]`, with Docker's defaults applied. */
export interface ImageReference {
  registry: string;
  repository: string;
  tag?: string;
  digest?: string;
}

const DOCKER_HUB = "docker.io";
const REPOSITORY_PATTERN =
  /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

export class InvalidReferenceError extends Error {
  override name = "InvalidReferenceError";
}

/**
 * Parses a reference as the Docker CLI does: a first component with a `.` or `:` (or `localhost`) is the
 * registry, otherwise it is Docker Hub, where one-component names live under `library/`.
 */
export function parseReference(text: string): ImageReference {
  let rest = text.trim();
  let digest: string | undefined;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!isDigest(digest))
      throw new InvalidReferenceError(`'${text}' has an invalid digest (expected sha256:<64 hex>)`);
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG_PATTERN.test(tag)) throw new InvalidReferenceError(`'${text}' has an invalid tag '${tag}'`);
  }
  const slash = rest.indexOf("/");
  const first = slash >= 0 ? rest.slice(0, slash) : "";
  const hasRegistry = slash >= 0 && (first.includes(".") || first.includes(":") || first === "localhost");
  const registry = hasRegistry ? first : DOCKER_HUB;
  let repository = hasRegistry ? rest.slice(slash + 1) : rest;
  if (registry === DOCKER_HUB && !repository.includes("/")) repository = `library/${repository}`;
  if (!REPOSITORY_PATTERN.test(repository)) {
    throw new InvalidReferenceError(
      `'${text}' has an invalid repository name '${repository}' (lower case, digits, . _ - /)`,
    );
  }
  return { registry, repository, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}

export function isValidTag(tag: string): boolean {
  return TAG_PATTERN.test(tag);
}

/** The host to call for a registry name: Docker Hub's API is not at docker.io. */
export function registryApiHost(registry: string): string {
  return registry === DOCKER_HUB ? "registry-1.docker.io" : registry;
}

export function formatReference(ref: ImageReference): string {
  return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ""}${ref.digest ? `@${ref.digest}` : ""}`;
}

/**
 * Registries on the loopback network, which Docker also speaks plain HTTP to without being told
 * (127.0.0.0/8 is an insecure registry by default in dockerd).
 */
export function isLoopbackRegistry(registry: string): boolean {
  const host = registry.startsWith("[")
    ? registry.slice(1, registry.indexOf("]"))
    : (registry.split(":")[0] as string);
  return host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
}
