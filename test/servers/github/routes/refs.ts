import type { RepositoryRecord } from "../state.ts";

/**
 * The commit a ref names: a full sha stands for itself; a branch (`main`, `heads/main`, `refs/heads/main`)
 * is looked up in the repository's known branches. Undefined when neither.
 */
export function resolveRef(repository: RepositoryRecord, ref: string): string | undefined {
  if (/^[0-9a-f]{40}$/i.test(ref)) return ref.toLowerCase();
  const branch = ref.replace(/^refs\//, "").replace(/^heads\//, "");
  return repository.branches.get(branch);
}
