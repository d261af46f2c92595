import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { paginate } from "./pagination.ts";

const items = Array.from({ length: 7 }, (_, i) => i + 1);

describe("paginate", () => {
  it("answers everything on one page without a Link header", () => {
    const page = paginate(items, new URL("http://h/x"));
    assert.deepEqual(page.items, items);
    assert.equal(page.link, undefined);
  });

  it("keeps the other query parameters and orders relations prev, next, last, first", () => {
    const page = paginate(items, new URL("http://h/x?state=all&per_page=2&page=2"));
    assert.deepEqual(page.items, [3, 4]);
    assert.equal(
      page.link,
      '<http://h/x?state=all&per_page=2&page=1>; rel="prev", <http://h/x?state=all&per_page=2&page=3>; rel="next", ' +
        '<http://h/x?state=all&per_page=2&page=4>; rel="last", <http://h/x?state=all&per_page=2&page=1>; rel="first"',
    );
  });

  it("answers an empty page past the end, pointing back", () => {
    const page = paginate(items, new URL("http://h/x?per_page=5&page=9"));
    assert.deepEqual(page.items, []);
    assert.equal(
      page.link,
      '<http://h/x?per_page=5&page=2>; rel="prev", <http://h/x?per_page=5&page=1>; rel="first"',
    );
  });

  it("caps per_page at 100", () => {
    const many = Array.from({ length: 150 }, (_, i) => i);
    assert.equal(paginate(many, new URL("http://h/x?per_page=1000")).items.length, 100);
  });
});
