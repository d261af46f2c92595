/**
 * Replaces registered secrets with `***`, as the runner's SecretMasker does for every log line and the
 * job summary. Besides the value itself, the encodings the runner registers for each secret are masked
 * too (base64, JSON string, URI data and XML escapes), so an encoded token does not leak either.
 */
export class SecretMasker {
  readonly #values = new Set<string>();
  readonly #secrets: string[] = [];

  add(secret: string): void {
    if (secret.trim() === "" || this.#secrets.includes(secret)) return;
    this.#secrets.push(secret);
    for (const variant of encodings(secret)) if (variant.length > 0) this.#values.add(variant);
  }

  /** The secrets as they were registered (not their encodings). */
  get secrets(): readonly string[] {
    return this.#secrets;
  }

  mask(text: string): string {
    if (this.#values.size === 0) return text;
    let result = text;
    // Longest first, so a secret that contains another one is masked whole.
    for (const value of [...this.#values].sort((a, b) => b.length - a.length)) {
      result = result.replaceAll(value, "***");
    }
    return result;
  }
}

function encodings(secret: string): string[] {
  return [
    secret,
    Buffer.from(secret).toString("base64"),
    JSON.stringify(secret).slice(1, -1),
    encodeURIComponent(secret),
    secret.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;"),
  ];
}
