import { readdirSync, readFileSync } from "node:fs";

/**
 * Stopping a whole process tree. Commands start as leaders of their own process group (`detached`), so
 * the shell, the interpreter it starts and everything they fork share one group id, which a single
 * signal to `-pgid` reaches. (A descendant that calls setsid() leaves the group; training scripts do not.)
 */
export function groupAlive(pgid: number): boolean {
  const members = livingMembers(pgid);
  if (members !== undefined) return members > 0;
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function signalGroup(pgid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
}

/**
 * SIGTERM to the group, then SIGKILL to whatever is left after `graceMs`; resolves once no process of
 * the group is left (or after a last wait), with how it ended: "term" when every process left within
 * the grace period, "kill" when SIGKILL was needed, "gone" when there was nothing to stop.
 */
export async function stopGroup(pgid: number, graceMs: number): Promise<"term" | "kill" | "gone"> {
  if (!groupAlive(pgid) || !signalGroup(pgid, "SIGTERM")) return "gone";
  if (await waitUntilGone(pgid, graceMs)) return "term";
  signalGroup(pgid, "SIGKILL");
  await waitUntilGone(pgid, 5_000);
  return "kill";
}

/** Kills what is left of a group at once (its leader has exited) and waits for it to go. */
export async function killGroup(pgid: number): Promise<void> {
  if (!groupAlive(pgid)) return;
  signalGroup(pgid, "SIGKILL");
  await waitUntilGone(pgid, 5_000);
}

async function waitUntilGone(pgid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (groupAlive(pgid)) {
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return true;
}

/**
 * How many processes of the group are running, from /proc (Linux): zombies do not count, since a killed
 * process stays one until its new parent reaps it. Undefined where there is no /proc.
 */
function livingMembers(pgid: number): number | undefined {
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return undefined;
  }
  let count = 0;
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue;
    }
    // The command name (2nd field) is in parentheses and may hold spaces: fields follow the last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const [state, , group] = fields;
    if (Number(group) === pgid && state !== "Z" && state !== "X") count++;
  }
  return count;
}
