import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { composeBody, mergeSections } from "./body.ts";
import {
  contentHash,
  headerMarker,
  isLaterRun,
  type ParsedSection,
  parseHeader,
  parseSections,
} from "./marker.ts";

const version = { sha: "a".repeat(40), runId: 12, runAttempt: 1 };

function section(id: string, markdown: string, runId = 12): ParsedSection {
  return { id, markdown, hash: contentHash(markdown), version: { ...version, runId } };
}

describe("sticky comment markers", () => {
  it("round-trips a header whose key has spaces and an HTML comment end", () => {
    const header = { app: "metrics-comment", key: "CI / train --> eval", createdBy: version };
    const marker = headerMarker(header);
    assert.equal(marker.split("-->").length, 2, "only the marker's own end");
    assert.deepEqual(parseHeader(`${marker}\nbody`), header);
  });

  it("is not fooled by other comments", () => {
    assert.equal(parseHeader("a comment mentioning mlops-actions:metrics-comment"), undefined);
    assert.equal(parseHeader("<!-- mlops-actions:section id=x sha= run=1 attempt=1 -->"), undefined);
  });

  it("composes sections in id order and parses them back", () => {
    const header = { app: "metrics-comment", key: "k", createdBy: version };
    const body = composeBody(header, [section("test/b", "## B\n\n| a |"), section("test/a", "## A")]);
    const parsed = parseSections(body);
    assert.deepEqual(
      parsed.map((s) => [s.id, s.markdown]),
      [
        ["test/a", "## A"],
        ["test/b", "## B\n\n| a |"],
      ],
    );
    assert.equal(parsed[1]?.hash, contentHash("## B\n\n| a |"));
  });

  it("merges sections keeping the later run's copy", () => {
    const merged = mergeSections([section("a", "old", 10), section("b", "b")], [section("a", "new", 11)]);
    assert.equal(merged.get("a")?.markdown, "new");
    assert.equal(merged.get("b")?.markdown, "b");
  });

  it("orders runs by id, then attempt", () => {
    assert.equal(isLaterRun({ ...version, runId: 13 }, version), true);
    assert.equal(isLaterRun({ ...version, runAttempt: 2 }, version), true);
    assert.equal(isLaterRun(version, version), false);
    assert.equal(isLaterRun({ ...version, runId: 11, runAttempt: 5 }, version), false);
  });
});
