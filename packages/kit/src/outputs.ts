import { writeOutput } from "./workflow-commands.ts";

export type OutputValue = string | number | boolean | object | null;

/**
 * Sets a step output. Strings are written as they are; numbers and booleans as their text; objects and
 * arrays as JSON (read them in a workflow with `fromJSON(...)`).
 */
export function setOutput(name: string, value: OutputValue): void {
  writeOutput(name, typeof value === "string" ? value : JSON.stringify(value));
}
