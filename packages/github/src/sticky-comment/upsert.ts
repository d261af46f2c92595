import { setTimeout as delay } from "node:timers/promises";
import type { GitHubClient } from "@mlops-actions/kit/github";
import { composeBody, fitSections, MAX_COMMENT_LENGTH, mergeSections } from "./body.ts";
import { httpStatus } from "./errors.ts";
import { findStickyComments, type IssueTarget, readStickyComment, type StickyComment } from "./lookup.ts";
import {
  type CommentHeader,
  contentHash,
  isLaterRun,
  isSameRun,
  type ParsedSection,
  type RunVersion,
} from "./marker.ts";
import { minimizeComment } from "./minimize.ts";

export type StickyMode = "upsert" | "recreate" | "hide-previous";
export const STICKY_MODES: readonly StickyMode[] = ["upsert", "recreate", "hide-previous"];

export interface StickySectionOptions extends IssueTarget {
  /** The tool writing, e.g. "metrics-comment": part of the marker. */
  app: string;
  /** Which sticky comment (one per key and pull request). */
  key: string;
  /** This writer's section, e.g. job and matrix leg; other sections of the comment are kept. */
  sectionId: string;
  /** Renders the section within `budget` characters (what the other sections leave). */
  render: (budget: number) => string;
  /** The run writing: a comment or section from a later run is never overwritten. */
  version: RunVersion;
  mode?: StickyMode;
  /** Make no write when the section's content hash is unchanged (default true). */
  skipUnchanged?: boolean;
  /**
   * What the content hash is computed from (default: the markdown itself); e.g. the markdown without
   * the link to the current run, so a re-run with the same results is "unchanged".
   */
  fingerprint?: (markdown: string) => string;
  maxLength?: number;
  /** Wait after a write before checking that no concurrent writer replaced it (jittered up to 2x). */
  settleMs?: number;
  maxAttempts?: number;
  random?: () => number;
  log?: (message: string) => void;
}

export type StickyOutcome = "created" | "updated" | "unchanged" | "skipped-newer";

export interface StickyResult {
  outcome: StickyOutcome;
  /** The comment holding the section (absent only when skipped without any comment). */
  comment?: { id: number; nodeId: string; url: string };
  /** The section as rendered. */
  markdown: string;
  /** Read-merge-write rounds it took (more than 1 when a concurrent writer was detected). */
  attempts: number;
  /** Why it was skipped, for `skipped-newer`. */
  reason?: string;
}

/** Leaves a section for the others when the comment is nearly full of them. */
const SECTION_FLOOR = 4_000;

/**
 * Writes one section of a sticky comment. Several writers (matrix legs) may call this at the same
 * moment for different sections of the same comment: each reads, merges its section into what it
 * read, writes, waits a jittered settle time and reads again; when a concurrent writer's update
 * replaced its section it repeats, so every section is present at the end. Concurrent creations
 * converge on the newest comment: the others of the same run are merged into it and deleted.
 */
export async function upsertStickySection(
  octokit: GitHubClient,
  options: StickySectionOptions,
): Promise<StickyResult> {
  const mode = options.mode ?? "upsert";
  const maxAttempts = options.maxAttempts ?? 8;
  const settleMs = options.settleMs ?? 1_000;
  const random = options.random ?? Math.random;
  const log = options.log ?? (() => {});
  let created = false;

  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const readAt = performance.now();
    const found = await findStickyComments(octokit, options, options.app, options.key);
    const plan = await planOnCurrent(octokit, options, mode, found, planWrite(found, options, mode));
    if (plan?.kind === "skip") return { ...plan.result, attempts: attempt };

    if (plan?.kind === "create") await createComment(octokit, options, plan.body);
    else if (!plan || !(await updateComment(octokit, options, plan.target.id, plan.body))) {
      log(`The '${options.key}' comment was deleted by a concurrent writer; looking again`);
      continue;
    }
    created ||= plan.kind === "create";
    // A writer that read before our write lands its own write about as long after its read as ours
    // took; waiting at least twice that lets us see it, and replay our section if it replaced it.
    const writeWindow = performance.now() - readAt;
    await cleanUp(octokit, options, plan.remove, plan.hide, log);

    await delay(Math.max(settleMs, 2 * writeWindow) * (1 + random()));
    const check = await findStickyComments(octokit, options, options.app, options.key);
    const problem = verify(check, options, plan.hash);
    const settled = check.at(-1);
    if (!problem && settled) {
      const outcome = created ? "created" : "updated";
      return { outcome, comment: commentRef(settled), markdown: plan.markdown, attempts: attempt };
    }
    log(
      `Section '${options.sectionId}' of the '${options.key}' comment: ${problem}; retrying (attempt ${attempt + 1} of ${maxAttempts})`,
    );
    await delay(settleMs * random());
  }
  throw new Error(
    `Could not write section '${options.sectionId}' of the '${options.key}' comment: ` +
      `concurrent writers replaced it ${maxAttempts} times`,
  );
}

/** Reads of the target before a write that each found it changed: past them, the write goes ahead. */
const MAX_REREADS = 4;

/**
 * `plan`, made again while the comment it updates, read alone just before the write, differs from the
 * listing it was planned on: a writer that wrote in between (the listing pages through every comment,
 * then the section is rendered) would otherwise lose its section to our stale copy, after it had
 * checked it. What stays racy is this one read's round trip to our write. Undefined when the comment
 * was deleted.
 */
async function planOnCurrent(
  octokit: GitHubClient,
  options: StickySectionOptions,
  mode: StickyMode,
  found: StickyComment[],
  plan: Plan,
): Promise<Plan | undefined> {
  for (let reread = 0; reread < MAX_REREADS && plan.kind === "update"; reread++) {
    const { target } = plan;
    const current = await readStickyComment(octokit, options, target.id, options.app, options.key);
    if (!current) return undefined;
    if (current.body === target.body) return plan;
    found = found.map((comment) => (comment.id === current.id ? current : comment));
    plan = planWrite(found, options, mode);
  }
  return plan;
}

interface Write {
  body: string;
  markdown: string;
  hash: string;
  remove: StickyComment[];
  hide: StickyComment[];
}

/** Why the write is not settled yet: our section was replaced, or a concurrent creation left a duplicate. */
function verify(found: StickyComment[], options: StickySectionOptions, hash: string): string | undefined {
  const canonical = found.at(-1);
  const own = canonical?.sections.find((section) => section.id === options.sectionId);
  if (!own || (!isLaterRun(own.version, options.version) && own.hash !== hash)) {
    return "another writer's update replaced it";
  }
  if (found.some((c) => c !== canonical && isSameRun(c.header.createdBy, options.version))) {
    return "a concurrent writer created a second comment";
  }
  return undefined;
}

type Plan =
  | { kind: "skip"; result: Omit<StickyResult, "attempts"> }
  | ({ kind: "create" } & Write)
  | ({ kind: "update"; target: StickyComment } & Write);

function planWrite(found: StickyComment[], options: StickySectionOptions, mode: StickyMode): Plan {
  const { version, sectionId } = options;
  const canonical = found.at(-1);
  const newer = canonical && newerThan(canonical, version);
  if (canonical && newer) {
    return {
      kind: "skip",
      result: {
        outcome: "skipped-newer",
        comment: commentRef(canonical),
        markdown: "",
        reason: newer,
      },
    };
  }
  // Comments this same run created concurrently are merged into the newest; older ones are history.
  const sameRun = canonical
    ? found.filter((c) => c !== canonical && isSameRun(c.header.createdBy, version))
    : [];
  const older = canonical ? found.filter((c) => c !== canonical && !sameRun.includes(c)) : [];
  const fresh = !canonical || (mode !== "upsert" && !isSameRun(canonical.header.createdBy, version));
  // A fresh comment replaces every earlier one, the previous canonical comment included.
  const replaced = canonical && fresh ? [...older, canonical] : [];
  const header: CommentHeader = {
    app: options.app,
    key: options.key,
    createdBy: fresh || !canonical ? version : canonical.header.createdBy,
  };
  const merged = mergeSections(canonical?.sections ?? [], ...sameRun.map((c) => c.sections));
  const existing = merged.get(sectionId);
  merged.delete(sectionId);
  const { budget, others } = fitSections(
    header,
    merged,
    sectionId,
    options.maxLength ?? MAX_COMMENT_LENGTH,
    SECTION_FLOOR,
  );
  const markdown = options.render(budget);
  const hash = contentHash(options.fingerprint ? options.fingerprint(markdown) : markdown);
  // Unchanged means the same content for the same head commit: a new commit is always recorded in the
  // marker (one write), so a late run of an older commit cannot take the comment back.
  const unchanged = existing?.hash === hash && existing.version.sha === version.sha;
  if (canonical && sameRun.length === 0 && (options.skipUnchanged ?? true) && unchanged) {
    return { kind: "skip", result: { outcome: "unchanged", comment: commentRef(canonical), markdown } };
  }
  const section: ParsedSection = { id: sectionId, version, hash, markdown };
  const body = composeBody(header, [...others.values(), section]);
  const write: Write = {
    body,
    markdown,
    hash,
    remove: mode === "recreate" ? [...replaced, ...sameRun] : sameRun,
    hide: mode === "hide-previous" ? replaced : [],
  };
  return fresh || !canonical ? { kind: "create", ...write } : { kind: "update", target: canonical, ...write };
}

/** Why the comment belongs to a later run than `version`, or undefined. */
function newerThan(comment: StickyComment, version: RunVersion): string | undefined {
  const later = [comment.header.createdBy, ...comment.sections.map((s) => s.version)].find((v) =>
    isLaterRun(v, version),
  );
  if (!later) return undefined;
  return (
    `the comment was written by a later run (${later.runId}, attempt ${later.runAttempt}` +
    `${later.sha ? `, commit ${later.sha.slice(0, 7)}` : ""}) than this one (${version.runId}, attempt ${version.runAttempt})`
  );
}

function commentRef(comment: { id: number; nodeId: string; url: string }) {
  return { id: comment.id, nodeId: comment.nodeId, url: comment.url };
}

async function createComment(octokit: GitHubClient, target: IssueTarget, body: string): Promise<void> {
  await octokit.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body,
  });
}

/** False when the comment is gone (a concurrent `recreate` deleted it). */
async function updateComment(
  octokit: GitHubClient,
  target: IssueTarget,
  id: number,
  body: string,
): Promise<boolean> {
  try {
    await octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: id, body });
    return true;
  } catch (error) {
    if (httpStatus(error) === 404) return false;
    throw error;
  }
}

async function cleanUp(
  octokit: GitHubClient,
  target: IssueTarget,
  remove: StickyComment[],
  hide: StickyComment[],
  log: (message: string) => void,
): Promise<void> {
  for (const comment of remove) {
    try {
      await octokit.rest.issues.deleteComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: comment.id,
      });
    } catch (error) {
      // Another writer deleted it first.
      if (httpStatus(error) !== 404) throw error;
    }
  }
  for (const comment of hide) {
    try {
      await minimizeComment(octokit, comment.nodeId);
    } catch (error) {
      log(`Could not hide comment ${comment.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
