/** One challenge of a `WWW-Authenticate` header (RFC 7235): `Bearer realm="...",service="...",scope="..."`. */
export interface AuthChallenge {
  scheme: string;
  params: Record<string, string>;
}

/**
 * Parses the first challenge of a `WWW-Authenticate` header. Parameter values may be quoted strings that
 * contain commas (`scope="repository:a:pull,push"`) and backslash escapes. Scheme names are lower-cased.
 */
export function parseWwwAuthenticate(header: string): AuthChallenge | undefined {
  const match = /^\s*([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*)\s*(.*)$/s.exec(header);
  if (!match) return undefined;
  const scheme = (match[1] as string).toLowerCase();
  const params: Record<string, string> = {};
  let rest = match[2] as string;
  const param = /^\s*,?\s*([A-Za-z0-9!#$%&'*+.^_`|~-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))\s*/s;
  for (;;) {
    const found = param.exec(rest);
    if (!found) break;
    const name = (found[1] as string).toLowerCase();
    params[name] = found[2] !== undefined ? found[2].replace(/\\(.)/gs, "$1") : (found[3] ?? "");
    rest = rest.slice(found[0].length);
    // A following challenge (`, Basic realm=...`) starts with a bare token: stop at the first challenge.
    if (/^,?\s*[A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]*\s+[A-Za-z]/.test(rest)) break;
  }
  return { scheme, params };
}
