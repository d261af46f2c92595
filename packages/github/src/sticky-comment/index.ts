// Sticky pull request comments: one comment per key, found by a hidden marker, holding one section
// per writer (job and matrix leg) so that concurrent writers lose nothing.
export { composeBody, MAX_COMMENT_LENGTH, mergeSections } from "./body.ts";
export { httpStatus, isReadOnlyTokenError } from "./errors.ts";
export { findStickyComments, type IssueTarget, type StickyComment } from "./lookup.ts";
export {
  type CommentHeader,
  contentHash,
  headerMarker,
  isLaterRun,
  type ParsedSection,
  parseHeader,
  parseSections,
  type RunVersion,
  type SectionMeta,
} from "./marker.ts";
export { minimizeComment } from "./minimize.ts";
export {
  STICKY_MODES,
  type StickyMode,
  type StickyOutcome,
  type StickyResult,
  type StickySectionOptions,
  upsertStickySection,
} from "./upsert.ts";
