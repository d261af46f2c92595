// Characters that could start markdown or HTML syntax. Written as numeric character references they
// render as themselves both in markdown text and inside HTML blocks (where backslash escapes would
// show literally), and `&#124;` does not split a table cell.
const SYNTAX = /[&<>"'`\\*_[\]()#+\-!|~$]/g;

const ZERO_WIDTH_JOINER = "\u200d";

/**
 * Makes user text safe to place inline in markdown or in a job summary's HTML: no HTML tags, no
 * images or links, no @mentions that notify, no autolinked URLs, nothing that breaks a table row.
 * The result is one line (newlines become `<br>`) and reads the same as the input.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(SYNTAX, (char) => `&#${char.charCodeAt(0)};`)
      // `@name` (and `@org/team`) notifies; a zero-width joiner after `@` stops the mention.
      .replace(/@(?=[\p{L}\p{N}])/gu, `@${ZERO_WIDTH_JOINER}`)
      // GitHub autolinks `http://`, `https://` and `www.`; a joiner stops the match, the text reads the same.
      .replace(/:\/\//g, `:${ZERO_WIDTH_JOINER}//`)
      .replace(/\bwww\./gi, (match) => `${match.slice(0, 3)}${ZERO_WIDTH_JOINER}.`)
      .replace(/\r\n|\r|\n/g, "<br>")
  );
}

/** Inline code from user text: backticks cannot close it early and the content is not interpreted. */
export function escapeInlineCode(text: string): string {
  return `<code>${escapeMarkdown(text)}</code>`;
}
