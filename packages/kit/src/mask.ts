import { addMask } from "./workflow-commands.ts";

/** Values shorter than this are not masked: masking "1" or "ab" would garble every log line. */
export const MIN_MASK_LENGTH = 4;

const registered = new Set<string>();

/**
 * Registers a secret with the runner (`::add-mask::`) so it is replaced by *** in logs. A multi-line
 * secret is registered line by line (the runner matches single lines), and each value also in the
 * encodings it commonly leaks in: base64 (as in an Authorization: Basic header) and URL encoding.
 * Empty and very short values are ignored.
 */
export function mask(secret: string | undefined): void {
  if (!secret) return;
  const lines = secret.split(/\r?\n/).map((line) => line.trim());
  for (const value of new Set([secret.trim(), ...lines])) {
    if (value.includes("\n")) continue;
    for (const variant of variantsOf(value)) register(variant);
  }
}

function variantsOf(value: string): string[] {
  if (value.length < MIN_MASK_LENGTH) return [];
  const base64 = Buffer.from(value, "utf8").toString("base64");
  // Inside a longer base64 text only whole 3-byte groups encode the same way; mask that stable prefix too.
  const wholeGroups = Buffer.from(value, "utf8").subarray(0, Math.floor(Buffer.byteLength(value) / 3) * 3);
  const stableBase64 = wholeGroups.toString("base64");
  return [value, base64, stableBase64, encodeURIComponent(value)].filter(
    (variant) => variant.length >= MIN_MASK_LENGTH,
  );
}

function register(value: string): void {
  if (registered.has(value)) return;
  registered.add(value);
  addMask(value);
}
