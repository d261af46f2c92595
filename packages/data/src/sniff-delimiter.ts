/** The delimiters a sniff considers, most likely first (ties go to the earlier one). */
export const CANDIDATE_DELIMITERS = [",", "\t", ";", "|"] as const;

/** Counts each candidate delimiter outside double quotes in the first line of `text`. */
export function countDelimiters(text: string): Map<string, number> {
  const counts = new Map<string, number>(CANDIDATE_DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  return counts;
}

/** The candidate that occurs most often in the header line; `,` when none occurs. */
export function sniffDelimiter(text: string): string {
  let best = ",";
  let bestCount = 0;
  for (const [delimiter, count] of countDelimiters(text)) {
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/** A delimiter other than `used` that appears in a one-column header, suggesting the wrong one was used. */
export function likelyDelimiter(header: string, used: string): string | undefined {
  const counts = countDelimiters(header);
  counts.delete(used);
  const [best] = [...counts].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  return best?.[0];
}

/** How a delimiter is named in messages. */
export function describeDelimiter(delimiter: string): string {
  return delimiter === "\t" ? "tab" : `'${delimiter}'`;
}
