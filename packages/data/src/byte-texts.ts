/** Texts of at most this many bytes are matched as one number, not byte by byte. */
const SHORT = 4;

/**
 * A few texts (allowed categories, null markers) to match against UTF-8 bytes without decoding them:
 * grouped by byte length; a short text is compared as one number made of its bytes.
 */
export class ByteTexts {
  private readonly byLength: (Buffer[] | undefined)[] = [];
  private readonly shortKeys: number[][] = Array.from({ length: SHORT + 1 }, () => []);

  constructor(texts: Iterable<string>) {
    for (const text of new Set(texts)) {
      const bytes = Buffer.from(text);
      if (bytes.length <= SHORT) {
        this.shortKeys[bytes.length]?.push(keyOf(bytes, 0, bytes.length));
        continue;
      }
      const group = this.byLength[bytes.length] ?? [];
      group.push(bytes);
      this.byLength[bytes.length] = group;
    }
  }

  /** True when the bytes `[start, end)` spell one of the texts. */
  has(bytes: Uint8Array, start: number, end: number): boolean {
    const length = end - start;
    if (length <= SHORT) {
      const keys = this.shortKeys[length] as number[];
      if (keys.length === 0) return false;
      const key = keyOf(bytes, start, end);
      for (let i = 0; i < keys.length; i++) if (keys[i] === key) return true;
      return false;
    }
    const group = this.byLength[length];
    if (group === undefined) return false;
    for (let g = 0; g < group.length; g++) {
      const text = group[g] as Buffer;
      let k = 0;
      while (k < length && text[k] === bytes[start + k]) k++;
      if (k === length) return true;
    }
    return false;
  }
}

/** Up to 4 bytes as one number (with the length known, distinct bytes give distinct numbers). */
function keyOf(bytes: Uint8Array, start: number, end: number): number {
  let key = 0;
  for (let i = start; i < end; i++) key = (key << 8) | (bytes[i] as number);
  return key;
}

/**
 * A schema's `null-values` as the validators take them, as texts and as bytes: both undefined when
 * there are none (no cell is then compared with them).
 */
export function nullTexts(values: readonly string[]): {
  nulls: ReadonlySet<string> | undefined;
  nullBytes: ByteTexts | undefined;
} {
  if (values.length === 0) return { nulls: undefined, nullBytes: undefined };
  const nulls = new Set(values);
  return { nulls, nullBytes: new ByteTexts(nulls) };
}
