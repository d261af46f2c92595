import type { PushedBlob } from "@mlops-actions/oci";
import type { SmokeResult } from "./smoke-test.ts";

/** What main.ts works out once for either format. */
export interface BuildPlan {
  modelName: string;
  created: string;
  epochSeconds: number;
  tags: string[];
  workDir: string;
  facts: { revision?: string; sourceUrl?: string; licenses?: string };
  /** All labels/annotations for a model of this framework and digest (the user's win). */
  labels(model: { framework: string; modelDigest: string }): Record<string, string>;
  log(line: string): void;
}

/** What either format built; becomes the outputs, the summary and the report's data. */
export interface BuildOutcome {
  digest: string;
  mediaType: string;
  tags: string[];
  model: {
    name: string;
    framework: string;
    uri: string;
    sha256: string;
    files: number;
    generatedSettings: boolean;
  };
  base?: { image: string; digest: string };
  platforms: { platform: string; digest: string }[];
  blobs: PushedBlob[];
  labels: Record<string, string>;
  /** Absent when no smoke test was asked for; a failed one means nothing was pushed. */
  smoke?: SmokeResult;
}
