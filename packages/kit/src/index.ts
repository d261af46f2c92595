// The action kit: what each action's src/main.ts uses. Octokit lives in "@mlops-actions/kit/github" and
// the report JSON Schema validator in "@mlops-actions/kit/report-schema", so actions that do not need
// them do not bundle them.
export {
  ANNOTATIONS_PER_LEVEL,
  type Annotation,
  type AnnotationLevel,
  annotate,
  annotateAll,
  limitAnnotations,
} from "./annotations.ts";
export { type EventPayload, type GitHubContext, getContext } from "./context.ts";
export { parseDuration } from "./duration.ts";
export { type ErrorLocation, isUserError, UserError } from "./errors.ts";
export {
  type EnumOptions,
  type GlobOptions,
  getBooleanInput,
  getDurationInput,
  getEnumInput,
  getGlobInput,
  getListInput,
  getNumberInput,
  getPathInput,
  getStringInput,
  invalidInput,
  type ListOptions,
  missingInput,
  type NumberOptions,
  type PathOptions,
  type PresenceOptions,
  rawInput,
  splitList,
} from "./inputs.ts";
export { escapeInlineCode, escapeMarkdown } from "./markdown.ts";
export { MIN_MASK_LENGTH, mask } from "./mask.ts";
export { type OutputValue, setOutput } from "./outputs.ts";
export {
  buildReport,
  REPORT_SCHEMA,
  type Report,
  type ReportInput,
  type ReportStatus,
  reportsDir,
  writeReport,
} from "./report.ts";
export { run, runPost } from "./run.ts";
export {
  ARTIFACT_SERVICE_MISSING,
  artifactServiceAvailable,
  cacheServiceAvailable,
} from "./runtime-services.ts";
export {
  addCodeBlock,
  addDetails,
  addHeading,
  addParagraph,
  addTable,
  addToSummary,
  type Cell,
  codeBlockHtml,
  detailsHtml,
  type Html,
  headingHtml,
  html,
  tableHtml,
  text,
  writeSummary,
} from "./summary.ts";
// The runner's log commands without @actions/core, which loads an HTTP client (undici) on import.
export { type AnnotationProperties, debug, info, isDebug } from "./workflow-commands.ts";
export { resolveInWorkspace, workspaceDir, workspaceRelative } from "./workspace.ts";
