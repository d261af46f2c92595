import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SecretMasker } from "./secret-masker.ts";

describe("SecretMasker", () => {
  it("replaces every occurrence with ***", () => {
    const masker = new SecretMasker();
    masker.add("hunter2");
    assert.equal(masker.mask("pw=hunter2; again hunter2"), "pw=***; again ***");
  });

  it("masks the base64, JSON and URI forms of a secret", () => {
    const masker = new SecretMasker();
    masker.add('a b"c/d');
    const base64 = Buffer.from('a b"c/d').toString("base64");
    assert.equal(
      masker.mask(`${base64} ${JSON.stringify('a b"c/d')} ${encodeURIComponent('a b"c/d')}`),
      `*** "***" ***`,
    );
  });

  it("masks a longer secret whole even when it contains a shorter one", () => {
    const masker = new SecretMasker();
    masker.add("abc");
    masker.add("xxabcxx");
    assert.equal(masker.mask("xxabcxx abc"), "*** ***");
  });

  it("ignores blank values", () => {
    const masker = new SecretMasker();
    masker.add("  ");
    assert.deepEqual(masker.secrets, []);
    assert.equal(masker.mask("a  b"), "a  b");
  });
});
