import { unescapeCommandData, unescapeCommandProperty } from "./escaping.ts";

export interface WorkflowCommand {
  /** The command name as written (matching is case-insensitive, as in the runner). */
  command: string;
  properties: Record<string, string>;
  data: string;
}

const commandKey = "::";

/**
 * Parses one output line as a `::command prop=value,...::data` workflow command, the way the runner's
 * ActionCommand.TryParseV2 does: leading whitespace is ignored, the command must be one of `known`
 * (case-insensitive), properties are split on "," and "=" with empty entries dropped.
 * Returns undefined when the line is not a command the runner would recognise.
 */
export function parseWorkflowCommand(line: string, known: ReadonlySet<string>): WorkflowCommand | undefined {
  const message = line.trimStart();
  if (!message.startsWith(commandKey)) return undefined;
  const endIndex = message.indexOf(commandKey, commandKey.length);
  if (endIndex < 0) return undefined;
  const info = message.slice(commandKey.length, endIndex);
  const spaceIndex = info.indexOf(" ");
  const command = spaceIndex < 0 ? info : info.slice(0, spaceIndex);
  if (!known.has(command.toLowerCase())) return undefined;

  const properties: Record<string, string> = {};
  if (spaceIndex > 0) {
    for (const entry of info
      .slice(spaceIndex + 1)
      .trim()
      .split(",")) {
      if (entry === "") continue;
      const equals = entry.indexOf("=");
      if (equals <= 0 || equals === entry.length - 1) continue;
      properties[entry.slice(0, equals)] = unescapeCommandProperty(entry.slice(equals + 1));
    }
  }
  return { command, properties, data: unescapeCommandData(message.slice(endIndex + commandKey.length)) };
}
