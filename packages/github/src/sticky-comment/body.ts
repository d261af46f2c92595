import {
  type CommentHeader,
  headerMarker,
  isLaterRun,
  type ParsedSection,
  sectionEndMarker,
  sectionStartMarker,
} from "./marker.ts";

/** GitHub refuses issue comments longer than this many characters. */
export const MAX_COMMENT_LENGTH = 65_536;

/** The body of a sticky comment: its header marker, then each section between its markers, by id. */
export function composeBody(header: CommentHeader, sections: Iterable<ParsedSection>): string {
  const ordered = [...sections].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [headerMarker(header), ...ordered.map(wrapSection)].join("\n\n");
}

export function wrapSection(section: ParsedSection): string {
  return `${sectionStartMarker(section)}\n${section.markdown}\n${sectionEndMarker(section.id)}`;
}

/**
 * Sections of several comments merged by id: the later run's copy wins; on a tie the earlier list's
 * (the canonical comment comes first).
 */
export function mergeSections(...lists: ParsedSection[][]): Map<string, ParsedSection> {
  const merged = new Map<string, ParsedSection>();
  for (const list of lists) {
    for (const section of list) {
      const current = merged.get(section.id);
      if (!current || isLaterRun(section.version, current.version)) merged.set(section.id, section);
    }
  }
  return merged;
}

/**
 * The characters left for one section once the others are in the comment. When the others leave less
 * than `floor`, the largest of them are cut down to their first line (their headline) plus a note, so
 * every section keeps a place and the comment stays under the limit.
 */
export function fitSections(
  header: CommentHeader,
  others: Map<string, ParsedSection>,
  ownId: string,
  maxLength: number,
  floor: number,
): { budget: number; others: Map<string, ParsedSection> } {
  const overhead = (section: ParsedSection) => wrapSection(section).length - section.markdown.length + 2;
  const placeholder: ParsedSection = {
    id: ownId,
    version: { sha: "0".repeat(40), runId: Number.MAX_SAFE_INTEGER, runAttempt: 999 },
    hash: "0".repeat(16),
    markdown: "",
  };
  const fitted = new Map(others);
  const used = () => composeBody(header, [...fitted.values()]).length + overhead(placeholder);
  let budget = maxLength - used();
  const bySize = [...fitted.values()].sort((a, b) => b.markdown.length - a.markdown.length);
  for (const section of bySize) {
    if (budget >= floor) break;
    const headline = section.markdown.split("\n", 1)[0] ?? "";
    const shortened = `${headline.slice(0, 300)}\n\n_This section was shortened to make room for others; see its run._`;
    if (shortened.length >= section.markdown.length) continue;
    fitted.set(section.id, { ...section, markdown: shortened });
    budget = maxLength - used();
  }
  return { budget: Math.max(0, budget), others: fitted };
}
