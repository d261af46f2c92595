import assert from "node:assert/strict";
import { test } from "node:test";
import { escapeInlineCode, escapeMarkdown } from "./markdown.ts";

const ZWJ = "\u200d";

test("plain words and numbers are unchanged", () => {
  assert.equal(escapeMarkdown("accuracy 0.93 on 1,000 rows"), "accuracy 0.93 on 1,000 rows");
});

test("mentions cannot notify", () => {
  const escaped = escapeMarkdown("ping @octocat and @github/security");
  assert.equal(escaped, `ping @${ZWJ}octocat and @${ZWJ}github/security`);
  assert.doesNotMatch(escaped, /@[a-z]/);
});

test("HTML tags are neutralised", () => {
  const escaped = escapeMarkdown('<img src="https://evil.example/x.png"><script>alert(1)</script>');
  assert.doesNotMatch(escaped, /[<>"]/);
  assert.match(escaped, /^&#60;img src=&#34;https:/);
});

test("images and links do not form", () => {
  const escaped = escapeMarkdown("![pixel](https://tracker.example/p.gif) [click](http://evil.example)");
  assert.doesNotMatch(escaped, /!\[|\]\(|\[|\]/);
  assert.doesNotMatch(escaped, /https?:\/\//, "no autolinkable URL");
});

test("bare www. and URLs are not autolinked", () => {
  assert.equal(escapeMarkdown("see www.evil.example"), `see www${ZWJ}.evil.example`);
  assert.equal(escapeMarkdown("https://x.example"), `https:${ZWJ}//x.example`);
});

test("table cells cannot be broken by pipes or newlines", () => {
  const escaped = escapeMarkdown("a | b\nc\r\nd");
  assert.equal(escaped, "a &#124; b<br>c<br>d");
});

test("emphasis, code, headings and math are escaped", () => {
  assert.equal(
    escapeMarkdown("**bold** `x` # h $x$"),
    "&#42;&#42;bold&#42;&#42; &#96;x&#96; &#35; h &#36;x&#36;",
  );
});

test("existing entities are not trusted", () => {
  assert.equal(escapeMarkdown("&lt;b&gt;"), "&#38;lt;b&#38;gt;");
});

test("inline code wraps escaped text", () => {
  assert.equal(escapeInlineCode("a`b"), "<code>a&#96;b</code>");
});
