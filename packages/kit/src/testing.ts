// Helpers for this package's tests only (not exported from the package).

/** Runs `fn` with the given environment variables set (undefined = unset), then restores them. */
export async function withEnv<T>(
  vars: Record<string, string | undefined>,
  fn: () => T | Promise<T>,
): Promise<T> {
  const saved = new Map(Object.keys(vars).map((key) => [key, process.env[key]]));
  for (const [key, value] of Object.entries(vars)) setEnv(key, value);
  try {
    return await fn();
  } finally {
    for (const [key, value] of saved) setEnv(key, value);
  }
}

function setEnv(key: string, value: string | undefined): void {
  if (value === undefined) delete process.env[key];
  else process.env[key] = value;
}

/**
 * Collects the strings `fn` writes to stdout (where @actions/core writes workflow commands) as lines.
 * Binary chunks pass through: the test runner reports results to its parent over this same stdout.
 */
export async function captureStdout(fn: () => unknown): Promise<string[]> {
  const original = process.stdout.write;
  let text = "";
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    if (typeof chunk !== "string")
      return (original as (...args: unknown[]) => boolean).call(process.stdout, chunk, ...rest);
    text += chunk;
    return true;
  }) as typeof process.stdout.write;
  try {
    await fn();
  } finally {
    process.stdout.write = original;
  }
  return text.split("\n").filter((line) => line !== "");
}
