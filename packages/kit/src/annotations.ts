import { type AnnotationProperties, annotation as emit, info } from "./workflow-commands.ts";
import { workspaceRelative } from "./workspace.ts";

export type AnnotationLevel = "error" | "warning" | "notice";

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title?: string;
  /** Absolute or workspace-relative; written relative to GITHUB_WORKSPACE as GitHub needs it. */
  file?: string;
  line?: number;
  endLine?: number;
  column?: number;
  endColumn?: number;
}

/** GitHub shows at most this many annotations of each level per step. */
export const ANNOTATIONS_PER_LEVEL = 10;

export function annotate(annotation: Annotation): void {
  const properties: AnnotationProperties = {};
  if (annotation.title) properties.title = annotation.title;
  if (annotation.file) properties.file = workspaceRelative(annotation.file);
  if (annotation.line !== undefined) properties.startLine = annotation.line;
  if (annotation.endLine !== undefined) properties.endLine = annotation.endLine;
  if (annotation.column !== undefined) properties.startColumn = annotation.column;
  if (annotation.endColumn !== undefined) properties.endColumn = annotation.endColumn;
  emit(annotation.level, annotation.message, properties);
}

export interface LimitedAnnotations {
  shown: Annotation[];
  /** What did not fit, per level. */
  omitted: Record<AnnotationLevel, Annotation[]>;
}

/**
 * Keeps what GitHub will display: per level the first `perLevel` annotations (callers pass them
 * worst first), errors before warnings before notices. When a level overflows, its last slot becomes a
 * line that says how many were left out, so the count stays within GitHub's limit.
 */
export function limitAnnotations(
  annotations: readonly Annotation[],
  perLevel: number = ANNOTATIONS_PER_LEVEL,
): LimitedAnnotations {
  const shown: Annotation[] = [];
  const omitted: Record<AnnotationLevel, Annotation[]> = { error: [], warning: [], notice: [] };
  for (const level of ["error", "warning", "notice"] as const) {
    const ofLevel = annotations.filter((annotation) => annotation.level === level);
    if (ofLevel.length <= perLevel) {
      shown.push(...ofLevel);
      continue;
    }
    const keep = Math.max(perLevel - 1, 0);
    shown.push(...ofLevel.slice(0, keep));
    omitted[level] = ofLevel.slice(keep);
    const noun = level === "error" ? "errors" : level === "warning" ? "warnings" : "notices";
    shown.push({ level, message: `${omitted[level].length} more ${noun} not shown here; see the step log` });
  }
  return { shown, omitted };
}

/**
 * Emits annotations within GitHub's per-step limits; the ones left out are still written to the log
 * as plain lines, so nothing is lost.
 */
export function annotateAll(annotations: readonly Annotation[], perLevel?: number): LimitedAnnotations {
  const limited = limitAnnotations(annotations, perLevel);
  for (const annotation of limited.shown) annotate(annotation);
  for (const annotation of Object.values(limited.omitted).flat()) info(formatPlain(annotation));
  return limited;
}

function formatPlain(annotation: Annotation): string {
  const where = annotation.file
    ? `${workspaceRelative(annotation.file)}${annotation.line !== undefined ? `:${annotation.line}` : ""}${
        annotation.column !== undefined ? `:${annotation.column}` : ""
      }: `
    : "";
  return `${annotation.level}: ${where}${annotation.message}`;
}
