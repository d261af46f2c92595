import type { StringFormat } from "./schema.ts";

// Deliberately practical rather than RFC-complete: what a data contract means by "an email" or "a URL".
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** True when `value` has the format: an email address, a UUID, an absolute http(s)/ftp URL, an IPv4 address. */
export function matchesFormat(value: string, format: StringFormat): boolean {
  switch (format) {
    case "email":
      return EMAIL.test(value);
    case "uuid":
      return UUID.test(value);
    case "ipv4":
      return IPV4.test(value);
    case "url":
      return isUrl(value);
  }
}

function isUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return ["http:", "https:", "ftp:"].includes(url.protocol) && url.hostname !== "";
}
