import assert from "node:assert/strict";
import { test } from "node:test";
import { readTable } from "./read-table.ts";

const read = (text: string, delimiter: "," | "\t" = ",") => [...readTable(text, delimiter, "m.csv")];
const messageOf = (text: string): string => {
  try {
    readTable(text, ",", "m.csv");
  } catch (error) {
    return (error as Error).message;
  }
  assert.fail("expected an error");
};

test("name,value table with a header", () => {
  assert.deepEqual(read("metric,value\naccuracy,0.9\nloss,0.1\n"), [
    ["accuracy", 0.9],
    ["loss", 0.1],
  ]);
  // a recognised header wins over the two-row wide reading
  assert.deepEqual(read("Name,Value\naccuracy,0.9"), [["accuracy", 0.9]]);
});

test("name,value table without a header", () => {
  assert.deepEqual(read("accuracy,0.9\r\nloss,0.1\r\nf1,0.8"), [
    ["accuracy", 0.9],
    ["loss", 0.1],
    ["f1", 0.8],
  ]);
});

test("one header row and one value row, of any width", () => {
  assert.deepEqual(read("accuracy,loss\n0.9,0.1"), [
    ["accuracy", 0.9],
    ["loss", 0.1],
  ]);
  assert.deepEqual(read("a\tb\tc\n1\tinf\tx", "\t"), [
    ["a", 1],
    ["b", Number.POSITIVE_INFINITY],
    ["c", "x"],
  ]);
});

test("quoted cells hold delimiters, doubled quotes and line breaks; blank lines are skipped", () => {
  assert.deepEqual(read('name,value\n"a,b",1\n\n"say ""hi""","two\nlines"\n'), [
    ["a,b", 1],
    ['say "hi"', "two\nlines"],
  ]);
});

test("errors name the line", () => {
  assert.equal(
    messageOf("a,0.1\nb,0.2,0.3\n"),
    "m.csv:2: expected 2 cells (name, value), found 3; a metrics table is either 'name,value' rows or one header row followed by one row of values",
  );
  assert.equal(messageOf("a,1\na,2"), "m.csv:2: metric 'a' is defined twice");
  assert.equal(messageOf('a,"1\n'), "m.csv:1: unterminated quoted cell");
  assert.equal(messageOf("\n\n"), "m.csv: no metrics: the file has no rows");
  assert.equal(messageOf(",1"), "m.csv:1: empty metric name");
});
