/**
 * Escapes of workflow commands (`::name k=v::data`), as the runner's ActionCommand undoes them:
 * data knows %25 %0D %0A; property values additionally %3A and %2C. `%25` is undone last so that an
 * escaped percent sign followed by "0A" stays literal.
 */
const dataEscapes: ReadonlyArray<readonly [string, string]> = [
  ["\r", "%0D"],
  ["\n", "%0A"],
  ["%", "%25"],
];

const propertyEscapes: ReadonlyArray<readonly [string, string]> = [
  ["\r", "%0D"],
  ["\n", "%0A"],
  [":", "%3A"],
  [",", "%2C"],
  ["%", "%25"],
];

function applyUnescapes(text: string, escapes: ReadonlyArray<readonly [string, string]>): string {
  let result = text;
  for (const [plain, escaped] of escapes) result = result.replaceAll(escaped, plain);
  return result;
}

function applyEscapes(text: string, escapes: ReadonlyArray<readonly [string, string]>): string {
  let result = text;
  for (const [plain, escaped] of [...escapes].reverse()) result = result.replaceAll(plain, escaped);
  return result;
}

export function unescapeCommandData(text: string): string {
  return applyUnescapes(text, dataEscapes);
}

export function unescapeCommandProperty(text: string): string {
  return applyUnescapes(text, propertyEscapes);
}

export function escapeCommandData(text: string): string {
  return applyEscapes(text, dataEscapes);
}

export function escapeCommandProperty(text: string): string {
  return applyEscapes(text, propertyEscapes);
}
