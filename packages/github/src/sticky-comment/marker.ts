import { createHash } from "node:crypto";

/** Which run wrote something: run ids grow with time, so a larger id (or attempt) is a later run. */
export interface RunVersion {
  /** Head commit the content was rendered for (the pull request's head, not the merge commit). */
  sha: string;
  runId: number;
  runAttempt: number;
}

/** The hidden first line of a sticky comment: which tool, which key, which run created it. */
export interface CommentHeader {
  app: string;
  key: string;
  createdBy: RunVersion;
}

/** The hidden markers around one section, and its content hash (for "unchanged: no write"). */
export interface SectionMeta {
  id: string;
  version: RunVersion;
  hash: string;
}

const PREFIX = "mlops-actions:";

// Keys, ids and shas come from workflow files; percent-encoding keeps spaces and `-->` out of the marker.
const encode = (value: string): string => encodeURIComponent(value);
const decode = (value: string): string => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

export function headerMarker(header: CommentHeader): string {
  const { createdBy } = header;
  return (
    `<!-- ${PREFIX}${encode(header.app)} key=${encode(header.key)} ` +
    `sha=${encode(createdBy.sha)} run=${createdBy.runId} attempt=${createdBy.runAttempt} -->`
  );
}

export function sectionStartMarker(meta: SectionMeta): string {
  const { version } = meta;
  return (
    `<!-- ${PREFIX}section id=${encode(meta.id)} sha=${encode(version.sha)} ` +
    `run=${version.runId} attempt=${version.runAttempt} hash=${meta.hash} -->`
  );
}

export function sectionEndMarker(id: string): string {
  return `<!-- ${PREFIX}section-end id=${encode(id)} -->`;
}

const HEADER = /<!-- mlops-actions:([^\s]+) key=(\S*) sha=(\S*) run=(\d+) attempt=(\d+) -->/;

/** The header of a comment body, or undefined when the body is not a sticky comment of ours. */
export function parseHeader(body: string): CommentHeader | undefined {
  const match = HEADER.exec(body);
  if (!match || match[1] === "section" || match[1] === "section-end") return undefined;
  const [, app = "", key = "", sha = "", run = "0", attempt = "1"] = match;
  return {
    app: decode(app),
    key: decode(key),
    createdBy: { sha: decode(sha), runId: Number(run), runAttempt: Number(attempt) },
  };
}

const SECTION =
  /<!-- mlops-actions:section id=(\S*) sha=(\S*) run=(\d+) attempt=(\d+) hash=([0-9a-f]*) -->\n([\s\S]*?)\n<!-- mlops-actions:section-end id=\1 -->/g;

export interface ParsedSection extends SectionMeta {
  markdown: string;
}

/** Every well-formed section of a body, in order; a section without its end marker is ignored. */
export function parseSections(body: string): ParsedSection[] {
  const sections: ParsedSection[] = [];
  for (const match of body.matchAll(SECTION)) {
    const [, id = "", sha = "", run = "0", attempt = "1", hash = "", markdown = ""] = match;
    sections.push({
      id: decode(id),
      version: { sha: decode(sha), runId: Number(run), runAttempt: Number(attempt) },
      hash,
      markdown,
    });
  }
  return sections;
}

/** A short content hash; equal hashes mean equal section content. */
export function contentHash(markdown: string): string {
  return createHash("sha256").update(markdown).digest("hex").slice(0, 16);
}

/** True when `a` was written by a later run than `b` (a larger run id, or the same run's later attempt). */
export function isLaterRun(a: RunVersion, b: RunVersion): boolean {
  return a.runId > b.runId || (a.runId === b.runId && a.runAttempt > b.runAttempt);
}

export function isSameRun(a: RunVersion, b: RunVersion): boolean {
  return a.runId === b.runId && a.runAttempt === b.runAttempt;
}
