import { getStoredImage } from "@ig/db";
import { imageStorage } from "@/server/image-storage/image-storage";

export const dynamic = "force-dynamic";

/**
 * An uploaded image, by its storage key. Only keys recorded in the database are served, with
 * the type sniffed at upload (never guessed by the browser: nosniff). A key is never reused for
 * other bytes, so browsers and proxies may keep it for a year.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const storageKey = (await params).key.join("/");
  const image = await getStoredImage({ storageKey });
  const bytes = image && (await imageStorage().get(storageKey));
  if (!image || !bytes) return new Response("Not found", { status: 404 });
  return new Response(bytes as BodyInit, {
    headers: {
      "Content-Type": image.mimeType,
      "Content-Length": String(bytes.length),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "public, max-age=31536000, immutable",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
