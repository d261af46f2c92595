export { type Command, parseCommandLine, usage } from "./args.ts";
export { cli } from "./cli.ts";
export { defaultActionsDir, type ListedAction, listActions, resolveAction } from "./find-actions.ts";
export { type GitCheckout, readGitCheckout, repositoryFromRemote } from "./git-checkout.ts";
export { localEvent } from "./local-event.ts";
export { formatAnnotation, formatRunReport, summaryToText } from "./render.ts";
export { type CliIo, exitCodeOf } from "./run-command.ts";
export { UsageError } from "./usage-error.ts";
