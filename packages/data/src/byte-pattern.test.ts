import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { ByteDfa } from "./byte-dfa.ts";
import { FixedLengthPattern } from "./byte-fixed-pattern.ts";
import { patternDfa, patternTest } from "./byte-pattern.ts";

/** How a schema pattern is compiled (parse-column.ts). */
const anchored = (source: string) => new RegExp(`^(?:${source})$`);

/** A small deterministic generator: the same texts on every run. */
function texts(count: number, alphabet: string, seed = 7): string[] {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
  const chars = [...alphabet];
  return Array.from({ length: count }, () => {
    const length = Math.floor(next() * 10);
    let text = "";
    for (let i = 0; i < length; i++) text += chars[Math.floor(next() * chars.length)];
    return text;
  });
}

const ALPHABET = "AZaz09-_. \t/\\*+?[]{}()^$|é€\u{1F600}\n\rbBx";

/** The texts on which the byte matcher and the RegExp disagree. */
function disagreements(
  matcher: Pick<ByteDfa, "matches">,
  pattern: RegExp,
  samples: readonly string[],
): string[] {
  return samples.filter((text) => {
    const bytes = Buffer.from(`,${text},`);
    return matcher.matches(bytes, 1, bytes.length - 1) !== pattern.test(text);
  });
}

const SUPPORTED = [
  "[A-Z]{2}-\\d{4}",
  "[A-Z]{2}-\\d{4}-",
  "\\d+",
  "\\d*",
  "-?\\d+(?:\\.\\d+)?".replace("(?:\\.\\d+)?", "\\.?\\d*"),
  "[a-z_]\\w*",
  "\\w{2,4}",
  "\\w{2,}",
  "a?b?c?",
  "[^0-9]+",
  "\\D\\W\\S",
  ".+",
  ".",
  "x{0}",
  "\\s*[-+]?\\d{1,3}\\s*",
  "[\\d-z]",
  "[\\w-z]",
  "[a-]b",
  "\\.\\*\\+\\?\\/\\$",
  "[A-Za-z0-9._%+-]+@[a-z]+",
  "AB",
  "",
  "[0-9a-f]{8}-[0-9a-f]{4}",
  "..\\...",
  "[^a]\\s\\S",
];

const UNSUPPORTED = ["a|b", "(ab)+", "\\bword\\b", "a{2}?", "a+?", "\\u0041", "é+", "[é]", "a{1,99}"];

describe("patternDfa", () => {
  test("matches as the RegExp does, on ASCII and non-ASCII texts", () => {
    const samples = [...texts(4000, ALPHABET), ...texts(2000, "AZ09-", 3), "AB-1234", "ab-1234", "ÄB-1234"];
    for (const source of SUPPORTED) {
      const pattern = anchored(source);
      const matcher = patternDfa(pattern);
      assert.ok(matcher, `${source} is read`);
      assert.deepEqual(disagreements(matcher, pattern, samples), [], source);
    }
  });

  test("a disagreement is found when the matcher and the RegExp differ (the comparison has teeth)", () => {
    const matcher = patternDfa(anchored("[A-Z]{2}-\\d{4}")) as ByteDfa;
    const planted = anchored("[A-Z]{2}-\\d{3}");
    const samples = ["AB-1234", "AB-123", "XY-0000"];
    assert.deepEqual(disagreements(matcher, planted, samples), samples);
  });

  test("the usual code pattern is matched by bytes", () => {
    const matcher = patternDfa(anchored("[A-Z]{2}-\\d{4}")) as ByteDfa;
    const bytes = Buffer.from("AB-1234,ab-1234,AB-123");
    assert.equal(matcher.matches(bytes, 0, 7), true);
    assert.equal(matcher.matches(bytes, 8, 15), false);
    assert.equal(matcher.matches(bytes, 16, 22), false);
  });

  test("shapes it does not read are left to the RegExp", () => {
    for (const source of UNSUPPORTED) assert.equal(patternDfa(anchored(source)), undefined, source);
    assert.equal(patternDfa(/^(?:a)$/i), undefined);
    assert.equal(patternDfa(/a/), undefined);
  });
});

describe("patternTest", () => {
  const FIXED = [
    "[A-Z]{2}-\\d{4}",
    "AB",
    "..\\...",
    "[0-9a-f]{8}-[0-9a-f]{4}",
    "[^a]\\s\\S",
    "\\D\\W\\S",
    ".",
  ];

  test("a pattern of fixed length is read position by position, with the RegExp's answers", () => {
    const samples = [
      ...texts(4000, ALPHABET),
      ...texts(3000, "AZ09-", 3),
      ...texts(3000, "AB-0123456789abcdef.é", 5),
      "AB-1234",
      "ÄB-1234",
      "AB-123é",
      "AB-12345",
      "AB-123",
      "\u{1F600}B-1234",
      "é",
      "😀",
    ];
    for (const source of [...FIXED, ...SUPPORTED]) {
      const pattern = anchored(source);
      const matcher = patternTest(pattern);
      assert.ok(matcher, `${source} is read`);
      if (FIXED.includes(source))
        assert.ok(matcher instanceof FixedLengthPattern, `${source} is of fixed length`);
      assert.deepEqual(disagreements(matcher, pattern, samples), [], source);
    }
  });

  test("other patterns keep their automaton, and shapes it does not read none", () => {
    for (const source of ["\\d+", "\\d*", "a?b?c?", "\\w{2,4}", ".+", "[a-z_]\\w*", "x{0}", ""]) {
      const matcher = patternTest(anchored(source));
      assert.ok(matcher !== undefined && !(matcher instanceof FixedLengthPattern), source);
    }
    for (const source of UNSUPPORTED) assert.equal(patternTest(anchored(source)), undefined, source);
  });

  test("a position read wrongly would be caught (the comparison has teeth)", () => {
    const matcher = patternTest(anchored("[A-Z]{2}-\\d{4}")) as FixedLengthPattern;
    const planted = anchored("[A-Z]{2}-\\d{3}[0-8]");
    assert.deepEqual(disagreements(matcher, planted, ["AB-1239", "AB-1238", "XY-0009"]), [
      "AB-1239",
      "XY-0009",
    ]);
  });
});
