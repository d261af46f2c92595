/** A baseline older than this is reported as stale (it still gates: an old baseline beats none). */
export const STALE_AFTER_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Age in days (one decimal) of a timestamp at `now`; undefined when the timestamp does not parse. */
export function ageInDays(createdAt: string, now: Date): number | undefined {
  const time = Date.parse(createdAt);
  if (Number.isNaN(time)) return undefined;
  return Math.max(0, Math.round(((now.getTime() - time) / DAY_MS) * 10) / 10);
}

export interface StalenessInput {
  ageDays?: number;
  maxAgeDays?: number;
  /** File names of the baseline and of the candidate, relative to their roots. */
  baselineFiles: readonly string[];
  candidateFiles: readonly string[];
}

/** Reasons the baseline may not compare fairly with the candidate: too old, another set of files. */
export function stalenessReasons(input: StalenessInput): string[] {
  const reasons: string[] = [];
  const maxAge = input.maxAgeDays ?? STALE_AFTER_DAYS;
  if (input.ageDays !== undefined && input.ageDays > maxAge) {
    reasons.push(`the baseline is ${input.ageDays} days old (more than ${maxAge})`);
  }
  const baseline = new Set(input.baselineFiles);
  const candidate = new Set(input.candidateFiles);
  const onlyBaseline = [...baseline].filter((file) => !candidate.has(file));
  const onlyCandidate = [...candidate].filter((file) => !baseline.has(file));
  if (onlyBaseline.length > 0 || onlyCandidate.length > 0) {
    const parts = [
      onlyCandidate.length > 0 ? `only the candidate has ${onlyCandidate.join(", ")}` : "",
      onlyBaseline.length > 0 ? `only the baseline has ${onlyBaseline.join(", ")}` : "",
    ].filter(Boolean);
    reasons.push(`the baseline comes from another set of metrics files: ${parts.join("; ")}`);
  }
  return reasons;
}
