export const defaultPerPage = 30;
export const maxPerPage = 100;

export interface Page<T> {
  items: T[];
  /** The `Link` header value, or undefined when everything fits on one page. */
  link: string | undefined;
}

/**
 * Cuts one page out of a list as GitHub does (`per_page` defaults to 30 and is capped at 100; `page` starts
 * at 1) and builds the `Link` header in GitHub's order: prev, next, last, first.
 */
export function paginate<T>(all: readonly T[], requestUrl: URL): Page<T> {
  const perPage = clamp(
    Number(requestUrl.searchParams.get("per_page") ?? defaultPerPage),
    1,
    maxPerPage,
    defaultPerPage,
  );
  const page = clamp(Number(requestUrl.searchParams.get("page") ?? 1), 1, Number.MAX_SAFE_INTEGER, 1);
  const lastPage = Math.max(1, Math.ceil(all.length / perPage));
  const items = all.slice((page - 1) * perPage, page * perPage);
  const relations: string[] = [];
  const at = (target: number, rel: string) => {
    const url = new URL(requestUrl);
    url.searchParams.set("page", String(target));
    relations.push(`<${url.href}>; rel="${rel}"`);
  };
  if (page > 1) at(Math.min(page - 1, lastPage), "prev");
  if (page < lastPage) {
    at(page + 1, "next");
    at(lastPage, "last");
  }
  if (page > 1) at(1, "first");
  return { items, link: relations.length === 0 ? undefined : relations.join(", ") };
}

function clamp(value: number, min: number, max: number, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}
