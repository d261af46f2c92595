import { ByteDfa, DEAD, UNDECIDED } from "./byte-dfa.ts";
import { FixedLengthPattern } from "./byte-fixed-pattern.ts";

/** Expanded atoms past this many do not fit the state bits (31 of them, and the accepting state). */
const MAX_ATOMS = 30;
/** Automaton states past this many (1 KiB each) leave the pattern to the RegExp. */
const MAX_STATES = 256;
const DIGITS: [number, number][] = [[48, 57]];
const WORD: [number, number][] = [
  [48, 57],
  [65, 90],
  [95, 95],
  [97, 122],
];
/** `\s` on ASCII: tab, line feed, vertical tab, form feed, carriage return, space. */
const SPACE: [number, number][] = [
  [9, 13],
  [32, 32],
];
const SPECIAL = new Set("\\^$.|?*+()[]{}/".split(""));

interface Atom {
  /** The ASCII codes it matches. */
  codes: Uint8Array;
  optional: boolean;
  repeats: boolean;
}

/**
 * The byte automaton of a schema `pattern` (a JavaScript RegExp anchored as `^(?:...)$`), when its
 * source is a plain sequence of characters, classes (`[A-Z]`, `\d`, `\w`, `\s`, `.`) and quantifiers
 * (`?`, `*`, `+`, `{n}`, `{n,m}`): the usual shape of codes and ids. Made from the pattern's
 * one-bit-an-atom automaton (shift-and) by the subset construction. A cell with a non-ASCII byte is
 * decoded and given to the RegExp, so every answer is the RegExp's.
 */
export function patternDfa(pattern: RegExp): ByteDfa | undefined {
  const atoms = patternAtoms(pattern);
  return atoms && atomsDfa(atoms, pattern);
}

/**
 * `patternDfa`, for a pattern of fixed length (no optional part) behind a `FixedLengthPattern`, which
 * reads the usual text faster: the byte test of a schema `pattern`.
 */
export function patternTest(pattern: RegExp): ByteDfa | FixedLengthPattern | undefined {
  const atoms = patternAtoms(pattern);
  const dfa = atoms && atomsDfa(atoms, pattern);
  if (!atoms || !dfa || atoms.length === 0 || atoms.some((atom) => atom.optional)) return dfa;
  return new FixedLengthPattern(
    atoms.map((atom) => atom.codes),
    dfa,
  );
}

/** The atoms of an anchored pattern (`^(?:...)$`), or undefined when it has another shape. */
function patternAtoms(pattern: RegExp): Atom[] | undefined {
  const source = pattern.source;
  if (pattern.flags !== "" || !source.startsWith("^(?:") || !source.endsWith(")$")) return undefined;
  return parseAtoms(source.slice(4, -2));
}

function atomsDfa(atoms: readonly Atom[], pattern: RegExp): ByteDfa | undefined {
  const takes = new Int32Array(128);
  let optional = 0;
  let repeats = 0;
  atoms.forEach((atom, i) => {
    for (let code = 0; code < 128; code++)
      if (atom.codes[code]) takes[code] = (takes[code] as number) | (1 << i);
    if (atom.optional) optional |= 1 << i;
    if (atom.repeats) repeats |= 1 << i;
  });
  const accepting = 1 << atoms.length;
  /** The states plus those reached by skipping optional atoms. */
  const closure = (states: number): number => {
    for (;;) {
      const next = states | ((states & optional) << 1);
      if (next === states) return states;
      states = next;
    }
  };
  const next = (states: number, byte: number): number => {
    if (byte >= 128) return UNDECIDED;
    const moved = states & (takes[byte] as number);
    return moved === 0 ? DEAD : closure((moved << 1) | (moved & repeats));
  };
  return ByteDfa.build(closure(1), next, (states) => (states & accepting) !== 0, pattern, MAX_STATES);
}

/** The atoms of a pattern source, each quantifier expanded; undefined when the source has another shape. */
function parseAtoms(source: string): Atom[] | undefined {
  const atoms: Atom[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i] as string;
    let codes: Uint8Array | undefined;
    if (char === "[") {
      const end = source.indexOf("]", i + 1);
      if (end === -1) return undefined;
      codes = parseClass(source.slice(i + 1, end));
      i = end + 1;
    } else if (char === "\\") {
      codes = escapeCodes(source[i + 1]);
      i += 2;
    } else if (char === ".") {
      codes = codeSet([[0, 127]]);
      codes[10] = 0;
      codes[13] = 0;
      i++;
    } else if (!SPECIAL.has(char) && char.charCodeAt(0) < 128) {
      codes = codeSet([[char.charCodeAt(0), char.charCodeAt(0)]]);
      i++;
    }
    if (codes === undefined) return undefined;
    const quantifier = /^(?:\?|\*|\+|\{(\d{1,2})(,(\d{0,2}))?\})/.exec(source.slice(i));
    let least = 1;
    let most = 1;
    if (quantifier) {
      const [text, low, comma, high] = quantifier;
      i += text.length;
      if (text === "?") [least, most] = [0, 1];
      else if (text === "*") [least, most] = [0, Number.POSITIVE_INFINITY];
      else if (text === "+") [least, most] = [1, Number.POSITIVE_INFINITY];
      else {
        least = Number(low);
        most = comma === undefined ? least : high === "" ? Number.POSITIVE_INFINITY : Number(high);
      }
      // A lazy or possessive-looking suffix, or a quantifier after a quantifier: left to the RegExp.
      if (most < least || /^[?*+{]/.test(source.slice(i))) return undefined;
    }
    for (let n = 0; n < least; n++) atoms.push({ codes, optional: false, repeats: false });
    if (most === Number.POSITIVE_INFINITY) atoms.push({ codes, optional: true, repeats: true });
    else for (let n = least; n < most; n++) atoms.push({ codes, optional: true, repeats: false });
    if (atoms.length > MAX_ATOMS) return undefined;
  }
  return atoms;
}

/** The inside of `[...]`: characters, ranges and `\d`/`\w`/`\s`, maybe negated. */
function parseClass(inside: string): Uint8Array | undefined {
  const negated = inside.startsWith("^");
  const body = negated ? inside.slice(1) : inside;
  if (body === "" || body.includes("[")) return undefined;
  const codes = new Uint8Array(128);
  let i = 0;
  const single = (): number | undefined => {
    const char = body[i] as string;
    if (char === "\\") {
      const next = body[i + 1];
      i += 2;
      return next !== undefined && /[^\w\s]/.test(next) && next.charCodeAt(0) < 128 ? next.charCodeAt(0) : -1;
    }
    i++;
    return char.charCodeAt(0) < 128 ? char.charCodeAt(0) : undefined;
  };
  while (i < body.length) {
    if (body[i] === "\\" && /[dws]/.test(body[i + 1] ?? "")) {
      const set = escapeCodes(body[i + 1]) as Uint8Array;
      for (let code = 0; code < 128; code++) codes[code] = (codes[code] as number) | (set[code] as number);
      i += 2;
      continue;
    }
    const low = single();
    if (low === undefined || low < 0) return undefined;
    let high = low;
    if (body[i] === "-" && i + 1 < body.length) {
      i++;
      if (body[i] === "\\" && /[dwsDWS]/.test(body[i + 1] ?? "")) return undefined;
      const end = single();
      if (end === undefined || end < low) return undefined;
      high = end;
    }
    for (let code = low; code <= high; code++) codes[code] = 1;
  }
  if (negated) for (let code = 0; code < 128; code++) codes[code] = codes[code] ? 0 : 1;
  return codes;
}

/** The codes of `\` followed by `letter`: a class escape or an escaped punctuation character. */
function escapeCodes(letter: string | undefined): Uint8Array | undefined {
  if (letter === undefined) return undefined;
  const classes: Record<string, [number, number][]> = { d: DIGITS, w: WORD, s: SPACE };
  const lower = letter.toLowerCase();
  const ranges = classes[lower];
  if (ranges) {
    const codes = codeSet(ranges);
    if (letter !== lower) for (let code = 0; code < 128; code++) codes[code] = codes[code] ? 0 : 1;
    return codes;
  }
  const code = letter.charCodeAt(0);
  return /[^\w\s]/.test(letter) && code < 128 ? codeSet([[code, code]]) : undefined;
}

function codeSet(ranges: [number, number][]): Uint8Array {
  const codes = new Uint8Array(128);
  for (const [low, high] of ranges) for (let code = low; code <= high; code++) codes[code] = 1;
  return codes;
}
