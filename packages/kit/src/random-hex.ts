/**
 * `digits` random hexadecimal digits, from `Math.random`. No caller needs a secret: an output's
 * delimiter is checked against the value it wraps, and a report's file is created exclusively (`wx`).
 * `node:crypto` would load ~20 more of Node's modules at every action's start (~7 ms, measured on
 * validate-data's bundle) for them.
 */
export function randomHex(digits: number): string {
  let text = "";
  while (text.length < digits) {
    text += Math.floor(Math.random() * 0x1_0000_0000)
      .toString(16)
      .padStart(8, "0");
  }
  return text.slice(0, digits);
}
