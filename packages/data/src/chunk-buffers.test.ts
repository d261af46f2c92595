import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ChunkBuffers } from "./chunk-buffers.ts";

describe("ChunkBuffers", () => {
  test("gives views of one memory per kind, grown when a chunk needs more", () => {
    const buffers = new ChunkBuffers();
    const first = buffers.doubles(1000);
    first.fill(7);
    const second = buffers.doubles(600);
    assert.equal(second.length, 600);
    assert.equal(second.buffer, first.buffer, "a smaller chunk reuses the memory");
    assert.equal(second[599], 7, "a view, not a copy");
    const larger = buffers.doubles(2000);
    assert.notEqual(larger.buffer, first.buffer);
    assert.equal(buffers.doubles(1500).buffer, larger.buffer, "the grown memory is kept");
    // Each kind has its own memory: a chunk's starts, ends, indices and bytes are alive together.
    const kinds = [
      buffers.starts(10),
      buffers.ends(10),
      buffers.indices(10),
      buffers.bytes(10),
      buffers.joined(10),
    ];
    assert.equal(new Set(kinds.map((view) => view.buffer)).size, kinds.length);
    assert.ok(Buffer.isBuffer(buffers.joined(5)), "texts are a Buffer, for their UTF-8 checks");
  });
});
