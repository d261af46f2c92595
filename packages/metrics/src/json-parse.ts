import { locationAt, SourceError } from "./source-error.ts";

export type JsonValue = number | string | boolean | null | JsonValue[] | { [key: string]: JsonValue };

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORDS: ReadonlyArray<readonly [string, JsonValue]> = [
  ["true", true],
  ["false", false],
  ["null", null],
  // Python's json.dump writes these for float('nan') / float('inf'); training scripts emit them.
  ["NaN", Number.NaN],
  ["Infinity", Number.POSITIVE_INFINITY],
  ["-Infinity", Number.NEGATIVE_INFINITY],
];

/**
 * Strict JSON plus Python's `NaN`, `Infinity` and `-Infinity`. Unlike JSON.parse, every error carries
 * the line and column, and a key repeated in one object is an error (JSON.parse keeps the last one).
 */
export function parseJson(text: string, file: string): JsonValue {
  let pos = 0;
  const fail = (reason: string, at = pos): never => {
    throw new SourceError(locationAt(text, at, file), reason);
  };
  const found = (): string => {
    if (pos >= text.length) return "end of file";
    const word = /[A-Za-z0-9_+\-.]+/y;
    word.lastIndex = pos;
    const match = word.exec(text);
    return `'${match ? match[0] : text[pos]}'`;
  };
  const skipSpace = (): void => {
    while (pos < text.length && " \t\n\r".includes(text[pos] ?? "")) pos++;
  };
  const readString = (): string => {
    const start = pos;
    let end = pos + 1;
    while (end < text.length && text[end] !== '"' && text[end] !== "\n") end += text[end] === "\\" ? 2 : 1;
    if (text[end] !== '"') return fail("unterminated string; expected a closing '\"' on the same line");
    pos = end + 1;
    try {
      return JSON.parse(text.slice(start, pos)) as string;
    } catch {
      return fail(
        'invalid string: control characters must be escaped, escapes are \\n \\t \\" \\\\ \\uXXXX',
        start,
      );
    }
  };
  const readValue = (): JsonValue => {
    skipSpace();
    const c = text[pos];
    if (c === "{") return readObject();
    if (c === "[") return readArray();
    if (c === '"') return readString();
    for (const [word, value] of WORDS) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = pos;
    const number = NUMBER.exec(text);
    if (number) {
      pos = NUMBER.lastIndex;
      return Number(number[0]);
    }
    return fail(`expected a value, found ${found()}`);
  };
  const readObject = (): JsonValue => {
    const object: { [key: string]: JsonValue } = {};
    pos++;
    skipSpace();
    if (text[pos] === "}") {
      pos++;
      return object;
    }
    for (;;) {
      skipSpace();
      if (text[pos] !== '"') fail(`expected a property name in double quotes, found ${found()}`);
      const keyAt = pos;
      const key = readString();
      if (Object.hasOwn(object, key)) fail(`duplicate key ${JSON.stringify(key)}`, keyAt);
      skipSpace();
      if (text[pos] !== ":") fail(`expected ':' after property name, found ${found()}`);
      pos++;
      object[key] = readValue();
      skipSpace();
      if (text[pos] === ",") {
        pos++;
        continue;
      }
      if (text[pos] === "}") {
        pos++;
        return object;
      }
      fail(`expected ',' or '}' after property value, found ${found()}`);
    }
  };
  const readArray = (): JsonValue => {
    const array: JsonValue[] = [];
    pos++;
    skipSpace();
    if (text[pos] === "]") {
      pos++;
      return array;
    }
    for (;;) {
      array.push(readValue());
      skipSpace();
      if (text[pos] === ",") {
        pos++;
        continue;
      }
      if (text[pos] === "]") {
        pos++;
        return array;
      }
      fail(`expected ',' or ']' after array element, found ${found()}`);
    }
  };

  if (text.charCodeAt(0) === 0xfeff) pos = 1;
  const value = readValue();
  skipSpace();
  if (pos < text.length) fail(`unexpected ${found()} after the end of the JSON value`);
  return value;
}
