import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { standaloneSchema } from "./json-schema.ts";
import { compileBodySchema } from "./validation.ts";

describe("standaloneSchema", () => {
  it("turns OpenAPI's nullable into a null type and a null enum member", () => {
    const validate = compileBodySchema(
      standaloneSchema({
        type: "object",
        properties: {
          reason: { type: "string", enum: ["completed", "not_planned"], nullable: true },
          count: { type: "integer" },
        },
      }),
    );
    assert.equal(validate({ reason: null }), true);
    assert.equal(validate({ reason: "completed" }), true);
    assert.equal(validate({ reason: "other" }), false);
    assert.equal(validate({ count: null }), false);
  });

  it("copies referenced component schemas into $defs, transitively", () => {
    const schema = standaloneSchema({ $ref: "#/components/schemas/issue-comment" });
    const defs = schema.$defs as Record<string, unknown>;
    assert.equal(schema.$ref, "#/$defs/issue-comment");
    assert.ok("issue-comment" in defs);
    assert.ok("simple-user" in defs || "nullable-simple-user" in defs);
    assert.ok("reaction-rollup" in defs);
  });
});
