import { paginate } from "../pagination.ts";
import type { Reply, RouteContext } from "./types.ts";

/** One page of a list answered as a JSON array, with GitHub's `Link` header when there are more pages. */
export function pagedArray(items: readonly unknown[], context: RouteContext): Reply {
  const page = paginate(items, context.requestUrl);
  return { status: 200, body: page.items, headers: page.link === undefined ? {} : { link: page.link } };
}

/** One page of a list answered as `{ total_count, <key>: [...] }` (check runs, workflow runs, artifacts). */
export function pagedObject(key: string, items: readonly unknown[], context: RouteContext): Reply {
  const page = paginate(items, context.requestUrl);
  return {
    status: 200,
    body: { total_count: items.length, [key]: page.items },
    headers: page.link === undefined ? {} : { link: page.link },
  };
}
