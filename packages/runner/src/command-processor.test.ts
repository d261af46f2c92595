import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { annotationProperties, CommandProcessor, setOutputDeprecation } from "./command-processor.ts";

function process(lines: string[], debugLogging = false): CommandProcessor {
  const processor = new CommandProcessor({ debugLogging });
  for (const line of lines) processor.processLine(line);
  return processor;
}

describe("CommandProcessor", () => {
  it("turns error/warning/notice into annotations with their properties", () => {
    const processor = process([
      "::error file=src/a.py,line=4,endLine=4,col=2,endColumn=9,title=Type%3A bad::value%0Ais wrong",
      "::notice::just so you know",
    ]);
    assert.deepEqual(processor.annotations, [
      {
        level: "error",
        message: "value\nis wrong",
        file: "src/a.py",
        title: "Type: bad",
        line: 4,
        endLine: 4,
        col: 2,
        endColumn: 9,
      },
      { level: "notice", message: "just so you know" },
    ]);
    assert.deepEqual(processor.logs, ["##[error]value\nis wrong", "##[notice]just so you know"]);
  });

  it("keeps plain lines in the log and consumes commands", () => {
    const processor = process(["hello", "::debug::hidden", "::group::Setup", "inside", "::endgroup::"]);
    assert.deepEqual(processor.logs, ["hello", "##[group]Setup", "inside", "##[endgroup]"]);
    assert.deepEqual(processor.debug, ["hidden"]);
  });

  it("shows debug messages in the log with debug logging on", () => {
    assert.deepEqual(process(["::debug::visible"], true).logs, ["##[debug]visible"]);
  });

  it("masks added secrets in later lines, annotations and debug messages", () => {
    const processor = process([
      "before s3cr3t",
      "::add-mask::s3cr3t",
      "after s3cr3t",
      "::warning::leak s3cr3t",
    ]);
    assert.deepEqual(processor.logs, ["before s3cr3t", "after ***", "##[warning]leak ***"]);
    assert.equal(processor.annotations[0]?.message, "leak ***");
    assert.deepEqual(processor.masker.secrets, ["s3cr3t"]);
  });

  it("warns about an empty mask", () => {
    assert.equal(
      process(["::add-mask::  "]).annotations[0]?.message,
      "Can't add secret mask for empty string in ##[add-mask] command.",
    );
  });

  it("sets outputs and state from the deprecated commands, with the runner's deprecation warning", () => {
    const processor = process(["::set-output name=answer::42", "::save-state name=pid::7"]);
    assert.deepEqual(processor.outputs, { answer: "42" });
    assert.deepEqual(processor.state, { pid: "7" });
    assert.equal(processor.annotations[0]?.message, setOutputDeprecation);
    assert.match(processor.annotations[1]?.message ?? "", /^The `save-state` command is deprecated/);
  });

  it("fails the step on a set-output without a name", () => {
    const processor = process(["::set-output::42"]);
    assert.equal(processor.commandFailed, true);
    assert.equal(
      processor.annotations.at(-1)?.message,
      "Required field 'name' is missing in ##[set-output] command.",
    );
  });

  it("ignores commands between stop-commands and its token", () => {
    const processor = process([
      "::stop-commands::pause-42",
      "::error::not an annotation",
      "::set-output name=x::1",
      "::pause-42::",
      "::error::counted",
    ]);
    assert.deepEqual(
      processor.annotations.map((a) => a.message),
      ["counted"],
    );
    assert.deepEqual(processor.outputs, {});
    assert.ok(processor.logs.includes("::error::not an annotation"));
  });

  it("echoes command lines with echo on, except those the runner never echoes", () => {
    const processor = process([
      "::echo::on",
      "::group::G",
      "::add-mask::pw",
      "::debug::d",
      "::echo::off",
      "::group::H",
    ]);
    assert.deepEqual(processor.logs, [
      "::group::G",
      "##[group]G",
      "::add-mask::***",
      "::echo::off",
      "##[group]H",
    ]);
  });

  it("rejects an invalid echo value", () => {
    const processor = process(["::echo::maybe"]);
    assert.equal(processor.commandFailed, true);
    assert.match(processor.annotations.at(-1)?.message ?? "", /Invalid echo command value/);
  });

  it("refuses the disabled set-env and add-path commands", () => {
    const processor = process(["::set-env name=A::1"]);
    assert.equal(processor.commandFailed, true);
    assert.match(processor.annotations.at(-1)?.message ?? "", /The `set-env` command is disabled/);
  });
});

describe("annotationProperties", () => {
  it("moves an end without a start to the start", () => {
    assert.deepEqual(annotationProperties({ endLine: "5" }), { line: 5, endLine: 5 });
  });

  it("drops columns without a line or across several lines", () => {
    assert.deepEqual(annotationProperties({ col: "3" }), {});
    assert.deepEqual(annotationProperties({ line: "1", endLine: "3", col: "3" }), { line: 1, endLine: 3 });
  });

  it("drops an end line before the start line", () => {
    assert.deepEqual(annotationProperties({ file: "f", line: "9", endLine: "2" }), { file: "f" });
  });

  it("ignores numbers that are not integers", () => {
    assert.deepEqual(annotationProperties({ line: "abc" }), {});
  });
});
