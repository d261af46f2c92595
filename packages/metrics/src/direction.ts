export type Direction = "higher" | "lower";

/** Which way is better for a metric, and whether the policy said so or the name suggested it. */
export type DirectionInfo =
  | { direction: Direction; inferred: false }
  | { direction: Direction; inferred: true; word?: string };

/** Words that mark a lower-is-better metric when they appear as a whole word of its name. */
export const LOWER_IS_BETTER_WORDS: readonly string[] = [
  "loss",
  "logloss",
  "error",
  "err",
  "rmse",
  "mse",
  "mae",
  "mape",
  "wer",
  "cer",
  "perplexity",
  "ppl",
  "brier",
  "fpr",
  "fnr",
  "latency",
  "time",
  "duration",
  "runtime",
  "seconds",
  "ms",
  "size",
  "bytes",
  "memory",
  "cost",
];

/**
 * Splits a metric name into lower-case words: on anything that is not a letter or digit (`.`, `_`,
 * `-`, `/`, spaces) and on camelCase humps, so `train.loss`, `val_rmse`, `latencyP95Ms` and
 * `eval/FPR` all expose their words, while `timestamp` stays one word (and is not `time`).
 */
export function nameWords(name: string): string[] {
  const words: string[] = [];
  for (const part of name.split(/[^A-Za-z0-9]+/)) {
    for (const word of part.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g) ?? []) words.push(word.toLowerCase());
  }
  return words;
}

/** Lower-is-better when a word of the name is in `LOWER_IS_BETTER_WORDS`, else higher-is-better. */
export function inferDirection(name: string): DirectionInfo {
  const word = nameWords(name).find((w) => LOWER_IS_BETTER_WORDS.includes(w));
  return word === undefined
    ? { direction: "higher", inferred: true }
    : { direction: "lower", inferred: true, word };
}
