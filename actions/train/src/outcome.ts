import type { CommandResult, RayRunResult } from "@mlops-actions/train";
import type { TrainOutcome } from "./summary.ts";

export function outcomeOf(command: CommandResult | undefined, hit: boolean): TrainOutcome {
  if (command === undefined) return hit ? "cached" : "failed";
  if (command.stoppedBecause === "timeout") return "timed-out";
  if (command.stoppedBecause === "cancelled") return "cancelled";
  return command.exitCode === 0 ? "succeeded" : "failed";
}

/** The error annotation of a failed, timed-out or cancelled run: what happened, then the end of its log. */
export function failureMessage(
  outcome: TrainOutcome,
  command: CommandResult,
  timeoutMs: number | undefined,
  rayJob: RayRunResult | undefined,
): string {
  const minutes = `${(timeoutMs ?? 0) / 60_000} minute(s)`;
  const tail = command.stderrTail.slice(-10);
  if (rayJob) {
    const what =
      outcome === "timed-out"
        ? `timed out after ${minutes} and was stopped`
        : outcome === "cancelled"
          ? "was stopped (the step was cancelled)"
          : `ended ${rayJob.status}`;
    const first = `The Ray job ${rayJob.submissionId} ${what}${rayJob.message ? `: ${rayJob.message}` : "."}`;
    return tail.length === 0 ? first : `${first}\nLast lines of its log:\n${tail.join("\n")}`;
  }
  const stopped = command.stoppedWith === "kill" ? "SIGTERM, then SIGKILL after the grace period" : "SIGTERM";
  const first =
    outcome === "timed-out"
      ? `The training command timed out after ${minutes}; its process tree was stopped (${stopped}).`
      : outcome === "cancelled"
        ? `The step was cancelled; the training command's process tree was stopped (${stopped}).`
        : `The training command failed with ${command.exitCode === undefined ? `signal ${command.exitSignal}` : `exit code ${command.exitCode}`}.`;
  return tail.length === 0 ? first : `${first}\nLast lines of stderr:\n${tail.join("\n")}`;
}
