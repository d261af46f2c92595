import type { ListCommand } from "./args.ts";
import { listActions } from "./find-actions.ts";
import type { CliIo } from "./run-command.ts";

export function listCommand(command: ListCommand, io: CliIo): number {
  const actions = listActions(command.actionsDir);
  if (command.json) {
    io.stdout.write(`${JSON.stringify(actions, null, 2)}\n`);
    return 0;
  }
  if (actions.length === 0) {
    io.stdout.write("No actions found.\n");
    return 0;
  }
  const width = Math.max(...actions.map((action) => action.name.length));
  for (const action of actions) io.stdout.write(`${action.name.padEnd(width)}  ${action.description}\n`);
  return 0;
}
