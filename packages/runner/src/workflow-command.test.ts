import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  escapeCommandData,
  escapeCommandProperty,
  unescapeCommandData,
  unescapeCommandProperty,
} from "./escaping.ts";
import { parseWorkflowCommand } from "./workflow-command.ts";

const known = new Set(["error", "warning", "set-output", "debug"]);

describe("parseWorkflowCommand", () => {
  it("reads the command, its properties and data", () => {
    assert.deepEqual(parseWorkflowCommand("::error file=a.py,line=3,title=Bad input::it broke", known), {
      command: "error",
      properties: { file: "a.py", line: "3", title: "Bad input" },
      data: "it broke",
    });
  });

  it("ignores leading whitespace and matches the name case-insensitively", () => {
    assert.equal(parseWorkflowCommand("   ::WARNING::careful", known)?.data, "careful");
  });

  it("undoes the escapes of data and of property values", () => {
    const command = parseWorkflowCommand("::error file=a%3Ab%2Cc.py,title=100%25::50%25%0Adone%0D", known);
    assert.equal(command?.properties.file, "a:b,c.py");
    assert.equal(command?.properties.title, "100%");
    assert.equal(command?.data, "50%\ndone\r");
  });

  it("keeps %3A in data literal (only properties know it)", () => {
    assert.equal(parseWorkflowCommand("::debug::a%3Ab", known)?.data, "a%3Ab");
  });

  it("drops property entries without a value or name", () => {
    assert.deepEqual(parseWorkflowCommand("::error line=,=x,,file=f::m", known)?.properties, { file: "f" });
  });

  it("keeps '=' inside property values", () => {
    assert.equal(parseWorkflowCommand("::set-output name=a=b::v", known)?.properties.name, "a=b");
  });

  it("is not a command without the closing '::' or with an unknown name", () => {
    assert.equal(parseWorkflowCommand("::error file=a", known), undefined);
    assert.equal(parseWorkflowCommand("::frobnicate::x", known), undefined);
    assert.equal(parseWorkflowCommand("plain text ::error::x", known), undefined);
  });
});

describe("command escaping", () => {
  it("round-trips data and properties", () => {
    const text = "50% of a:b, c\r\nnext %0A";
    assert.equal(unescapeCommandData(escapeCommandData(text)), text);
    assert.equal(unescapeCommandProperty(escapeCommandProperty(text)), text);
    assert.equal(escapeCommandProperty("a:b,c%"), "a%3Ab%2Cc%25");
  });

  it("undoes %25 last, so an escaped percent before 0A stays literal", () => {
    assert.equal(unescapeCommandData("%250A"), "%0A");
  });
});
