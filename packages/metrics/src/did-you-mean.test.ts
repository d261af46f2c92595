import assert from "node:assert/strict";
import { test } from "node:test";
import { closestMatch, didYouMean, editDistance } from "./did-you-mean.ts";

test("editDistance counts edits, a swap of neighbours as one", () => {
  assert.equal(editDistance("", "abc"), 3);
  assert.equal(editDistance("kitten", "sitting"), 3);
  assert.equal(editDistance("max-dorp", "max-drop"), 1);
  assert.equal(editDistance("same", "same"), 0);
});

test("closestMatch treats _ and - alike and respects the distance limit", () => {
  const keys = ["direction", "min", "max", "max-drop", "max-rise", "tolerance"];
  assert.equal(closestMatch("max_drop", keys), "max-drop");
  assert.equal(closestMatch("tolerence", keys), "tolerance");
  assert.equal(closestMatch("mni", keys), "min");
  assert.equal(closestMatch("colour", keys), undefined);
});

test("didYouMean phrases the hint, or says nothing", () => {
  assert.equal(didYouMean("metric", ["defaults", "metrics", "rules"]), "; did you mean 'metrics'?");
  assert.equal(didYouMean("zzzz", ["defaults", "metrics", "rules"]), "");
});
