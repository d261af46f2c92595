import type { ReportStatus } from "@mlops-actions/kit";
import type { MetricRow, RowStatus } from "@mlops-actions/metrics";

/** A report as the comment needs it (an `mlops-actions/report@1` file has all of this). */
export interface CommentReport {
  action: string;
  status: ReportStatus;
  summary: string;
  data: Record<string, unknown>;
  job?: string;
  run?: { id?: number; attempt?: number; url?: string };
}

/** What an evaluate-gate report's `data` holds (the fields the comment reads; all optional but rows). */
export interface GateData {
  verdict?: string;
  summary?: string;
  rows: MetricRow[];
  counts?: Partial<Record<RowStatus, number>>;
  baseline?: {
    present?: boolean;
    /** artifact | git | file | none | missing (evaluate-gate's `baseline-source`). */
    source?: string;
    /** One line saying where the baseline came from, when the gate wrote one. */
    description?: string;
    sha?: string;
    runId?: number;
    note?: string;
  };
}

/** A key metric's values on recent base-branch runs, oldest first. */
export interface Trend {
  metric: string;
  values: number[];
}

export interface CommentInput {
  /** What this section is about, e.g. the job and matrix leg; shown after the verdict. */
  title?: string;
  reports: CommentReport[];
  /** The workflow run; its page holds the job summary with the full reports. */
  runUrl?: string;
  trends?: Trend[];
  /**
   * Trusted markdown saying where rows left out for size can be read; default "the full table is in
   * the job summary" (linked to `runUrl`). The job summary itself points at the report file.
   */
  fullTableAt?: string;
}

/** Degradation steps, in the order they are tried until the comment fits. */
export type DetailLevel = "full" | "collapsed" | "changed-rows" | "truncated" | "cut";

export interface RenderedComment {
  markdown: string;
  level: DetailLevel;
  /** Metric rows not shown in the comment (dropped as unchanged or truncated). */
  omittedRows: number;
}
