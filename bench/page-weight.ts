import { gzipSync } from "node:zlib";

/**
 * The gzip size of the script files a route's HTML loads (its first-load JavaScript, as Next.js
 * counts it: the inline page data is not included), in bytes.
 */
export async function firstLoadJs(url: string): Promise<{ scripts: number; gzip: number }> {
  const html = await (await fetch(url)).text();
  const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
  let gzip = 0;
  for (const src of new Set(sources)) {
    const code = Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer());
    gzip += gzipSync(code).length;
  }
  return { scripts: new Set(sources).size, gzip };
}
