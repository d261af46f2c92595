/** Raw Azure block blob calls on a signed URL, shaped as `@azure/storage-blob` sends them. */
export function blockId(index: number): string {
  return Buffer.from(`block-${String(index).padStart(6, "0")}`).toString("base64");
}

export async function stageBlock(signedUrl: string, id: string, bytes: Buffer): Promise<Response> {
  const url = new URL(signedUrl);
  url.searchParams.set("comp", "block");
  url.searchParams.set("blockid", id);
  return fetch(url, { method: "PUT", body: bytes, headers: { "x-ms-version": "2025-01-05" } });
}

export async function commitBlockList(
  signedUrl: string,
  ids: string[],
  contentType = "application/zip",
): Promise<Response> {
  const url = new URL(signedUrl);
  url.searchParams.set("comp", "blocklist");
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><BlockList>${ids.map((id) => `<Latest>${id}</Latest>`).join("")}</BlockList>`;
  return fetch(url, {
    method: "PUT",
    body: xml,
    headers: { "content-type": "application/xml; charset=utf-8", "x-ms-blob-content-type": contentType },
  });
}

/** Stages `parts` as blocks in reverse order, then commits them in order. */
export async function uploadBlob(signedUrl: string, parts: Buffer[]): Promise<void> {
  const ids = parts.map((_, index) => blockId(index));
  for (let index = parts.length - 1; index >= 0; index--) {
    const staged = await stageBlock(signedUrl, ids[index] ?? "", parts[index] ?? Buffer.alloc(0));
    if (staged.status !== 201) throw new Error(`stage block: ${staged.status} ${await staged.text()}`);
  }
  const committed = await commitBlockList(signedUrl, ids);
  if (committed.status !== 201)
    throw new Error(`commit block list: ${committed.status} ${await committed.text()}`);
}
