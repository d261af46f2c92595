import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { FileCommandFormatError, parseKeyValueFile, parsePathFile } from "./file-commands.ts";

describe("parseKeyValueFile", () => {
  it("reads NAME=VALUE lines, keeping '=' in the value and skipping empty lines", () => {
    assert.deepEqual(parseKeyValueFile("a=1\n\nb=x=y\nc=\n"), [
      ["a", "1"],
      ["b", "x=y"],
      ["c", ""],
    ]);
  });

  it("reads heredoc blocks with their inner newlines, without the final one", () => {
    const text = "report<<EOF_1\nline one\n\nline three\nEOF_1\nafter=yes\n";
    assert.deepEqual(parseKeyValueFile(text), [
      ["report", "line one\n\nline three"],
      ["after", "yes"],
    ]);
  });

  it("reads an empty heredoc and a delimiter on the last line without newline", () => {
    assert.deepEqual(parseKeyValueFile("empty<<X\nX\nlast<<Y\nv\nY"), [
      ["empty", ""],
      ["last", "v"],
    ]);
  });

  it("uses whichever of '=' and '<<' comes first", () => {
    assert.deepEqual(parseKeyValueFile("a=b<<c\n"), [["a", "b<<c"]]);
    assert.deepEqual(parseKeyValueFile("a<<=\nv\n=\n"), [["a", "v"]]);
  });

  it("keeps a later value for a repeated name after the earlier one", () => {
    const entries = parseKeyValueFile("a=1\na=2\n");
    assert.equal(Object.fromEntries(entries).a, "2");
  });

  it("rejects a line with neither '=' nor '<<'", () => {
    assert.throws(() => parseKeyValueFile("justtext\n"), {
      name: "FileCommandFormatError",
      message: "Invalid format 'justtext'",
    });
  });

  it("rejects an empty name or an empty delimiter", () => {
    assert.throws(() => parseKeyValueFile("=value\n"), /Name must not be empty/);
    assert.throws(() => parseKeyValueFile("<<EOF\nx\nEOF\n"), /delimiter must not be empty/);
    assert.throws(() => parseKeyValueFile("name<<\nx\n"), FileCommandFormatError);
  });

  it("rejects a heredoc whose delimiter never comes", () => {
    assert.throws(() => parseKeyValueFile("a<<EOF\nvalue\nEOF \n"), {
      message: "Invalid value. Matching delimiter not found 'EOF'",
    });
  });

  it("rejects a heredoc whose last value line has no newline", () => {
    assert.throws(() => parseKeyValueFile("a<<EOF\nvalue EOF"), {
      message: "Invalid value. EOF marker missing new line.",
    });
  });

  it("compares the delimiter exactly (case and CR matter)", () => {
    assert.throws(() => parseKeyValueFile("a<<EOF\nvalue\neof\n"), FileCommandFormatError);
    assert.throws(() => parseKeyValueFile("a<<EOF\nvalue\r\nEOF\r\n"), FileCommandFormatError);
  });
});

describe("parsePathFile", () => {
  it("returns one entry a non-empty line", () => {
    assert.deepEqual(parsePathFile("/opt/a\n\n/opt/b"), ["/opt/a", "/opt/b"]);
  });
});
