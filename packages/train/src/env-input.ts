import { TrainError } from "./errors.ts";

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Parses the `env` input: one `NAME=value` a line; the value is everything after the first `=` (it may
 * contain `=` and spaces, kept as written). Blank lines and lines starting with `#` are skipped.
 */
export function parseEnvLines(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const equals = line.indexOf("=");
    const name = equals < 0 ? line : line.slice(0, equals).trim();
    if (equals < 0 || !NAME.test(name)) {
      throw new TrainError(
        `Input 'env' has value '${line}' on line ${index + 1}: expected NAME=value with NAME made of letters, digits and _`,
      );
    }
    env[name] = line.slice(equals + 1);
  }
  return env;
}
