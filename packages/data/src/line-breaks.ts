const CR = 13;
const LF = 10;

/** Line breaks in `text`, counting `\r\n`, `\n` and a lone `\r` as one each. */
export function countLineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === LF) count++;
    else if (code === CR && text.charCodeAt(i + 1) !== LF) count++;
  }
  return count;
}
