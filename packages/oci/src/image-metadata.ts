import { isValidTag } from "./reference.ts";

export interface GitFacts {
  sha: string;
  /** refs/heads/main, refs/tags/v1.2.3, refs/pull/7/merge */
  ref: string;
  defaultBranch?: string;
  pullRequestNumber?: number;
}

const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/**
 * The tags docker/metadata-action makes by default, plus the short sha: `sha-<7>`; on a branch its name
 * (`/` becomes `-`) and `latest` on the default branch; on a semver tag `1.2.3`, `1.2` and `1` (the last
 * two not for pre-releases, `1` not for 0.x) and `latest`; on another tag its name; on a pull request
 * `pr-<number>`.
 */
export function defaultTags(git: GitFacts): string[] {
  const tags: string[] = [];
  if (git.ref.startsWith("refs/heads/")) {
    const branch = git.ref.slice("refs/heads/".length);
    tags.push(sanitizeTag(branch));
    if (git.defaultBranch && branch === git.defaultBranch) tags.push("latest");
  } else if (git.ref.startsWith("refs/tags/")) {
    const name = git.ref.slice("refs/tags/".length);
    const semver = SEMVER.exec(name);
    if (semver) {
      const [, major, minor, patch, prerelease] = semver;
      tags.push(`${major}.${minor}.${patch}${prerelease ? `-${prerelease}` : ""}`);
      if (!prerelease) {
        tags.push(`${major}.${minor}`);
        if (major !== "0") tags.push(`${major}`);
        tags.push("latest");
      }
    } else {
      tags.push(sanitizeTag(name));
    }
  } else if (git.pullRequestNumber !== undefined) {
    tags.push(`pr-${git.pullRequestNumber}`);
  }
  if (git.sha) tags.push(`sha-${git.sha.slice(0, 7)}`);
  return [...new Set(tags.filter(isValidTag))];
}

/** A string as a valid tag: invalid characters become `-`, no leading `.`/`-`, at most 128 characters. */
export function sanitizeTag(text: string): string {
  return text
    .replace(/[^A-Za-z0-9_.-]/g, "-")
    .replace(/^[.-]+/, "")
    .slice(0, 128);
}

export interface LabelFacts {
  sourceUrl?: string;
  revision?: string;
  created: string;
  version?: string;
  title?: string;
  description?: string;
  licenses?: string;
  framework: string;
  modelDigest: string;
  trainingRunUrl?: string;
  metricsSummary?: string;
}

export const MODEL_LABEL_PREFIX = "dev.mlops-actions.model";

/** `org.opencontainers.image.*` and model labels; empty facts are left out. */
export function imageLabels(facts: LabelFacts): Record<string, string> {
  const labels: Record<string, string | undefined> = {
    "org.opencontainers.image.created": facts.created,
    "org.opencontainers.image.source": facts.sourceUrl,
    "org.opencontainers.image.revision": facts.revision,
    "org.opencontainers.image.version": facts.version,
    "org.opencontainers.image.title": facts.title,
    "org.opencontainers.image.description": facts.description,
    "org.opencontainers.image.licenses": facts.licenses,
    [`${MODEL_LABEL_PREFIX}.framework`]: facts.framework,
    [`${MODEL_LABEL_PREFIX}.sha256`]: facts.modelDigest,
    [`${MODEL_LABEL_PREFIX}.training-run`]: facts.trainingRunUrl,
    [`${MODEL_LABEL_PREFIX}.metrics`]: facts.metricsSummary,
  };
  return Object.fromEntries(
    Object.entries(labels).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
}
