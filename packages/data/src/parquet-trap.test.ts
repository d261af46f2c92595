import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { untilTrap } from "./parquet-trap.ts";

const { RuntimeError } = (globalThis as unknown as { WebAssembly: { RuntimeError: ErrorConstructor } })
  .WebAssembly;

describe("untilTrap", () => {
  test("settles as the promise does when nothing traps", async () => {
    assert.equal(await untilTrap(Promise.resolve(7)), 7);
    await assert.rejects(untilTrap(Promise.reject(new Error("bad page"))), /bad page/);
    assert.equal(process.hasUncaughtExceptionCaptureCallback(), false);
  });

  test("a WebAssembly trap thrown from a microtask rejects the calls pending, which never settle", async () => {
    const never = new Promise<number>(() => {});
    const first = untilTrap(never);
    const second = untilTrap(never);
    queueMicrotask(() => {
      throw new RuntimeError("unreachable");
    });
    await assert.rejects(first, /the Parquet decoder failed \(unreachable\): the file is corrupt/);
    await assert.rejects(second, /the file is corrupt/);
    assert.equal(process.hasUncaughtExceptionCaptureCallback(), false);
    assert.equal(await untilTrap(Promise.resolve("after")), "after");
  });
});
