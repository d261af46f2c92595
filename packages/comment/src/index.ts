// Renders mlops-actions reports into the markdown of a pull request comment section, within a size
// budget. Pure: no GitHub runtime, no I/O.
export { formatBytes, formatDuration, formatNumber, formatPercent, formatSigned } from "./format.ts";
export { formatChange, formatValue, METRIC_TABLE_HEADER, metricRowLine } from "./metric-table.ts";
export { findGate, GATE_ACTION, metricCounts, renderComment } from "./render.ts";
export { parseCommentReport } from "./report.ts";
export {
  COMMENT_ARTIFACT_PREFIX,
  COMMENT_MARKDOWN_FILE,
  COMMENT_REPORTS_DIR,
  COMMENT_REQUEST_FILE,
  COMMENT_REQUEST_SCHEMA,
  type CommentRequest,
  commentArtifactName,
  parseCommentRequest,
} from "./request.ts";
export { reportLine, reportSection, SECTION_TITLES } from "./sections.ts";
export { sparkline } from "./sparkline.ts";
export { ROW_LABELS, VERDICT_HEADLINES, type Verdict, verdictOf, worstStatus } from "./status.ts";
export type {
  CommentInput,
  CommentReport,
  DetailLevel,
  GateData,
  RenderedComment,
  Trend,
} from "./types.ts";
