import { getStoredImage } from "@ig/db";
import { isImageKey } from "@/server/image-storage/image-key";
import { imageStorage } from "@/server/image-storage/image-storage";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });

/**
 * An uploaded image, by its storage key: 200 with the bytes, or 404. A key not of the form the app
 * writes (`parks/<uuid>.<jpg|png|webp>`: so no NUL, `..`, odd Unicode or huge key) is 404 before
 * the database or the storage sees it; only keys recorded in the database are served, with the
 * type found when the upload was decoded. The bytes were re-encoded at upload; besides,
 * next.config.ts gives /files `nosniff` (the type is never guessed) and a CSP that allows nothing
 * and sandboxes, so nothing in them could run even if a browser took them for a page. A key is
 * never reused for other bytes, so browsers and proxies may keep it for a year.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const storageKey = (await params).key.join("/");
  if (!isImageKey(storageKey)) return notFound();
  const image = await getStoredImage({ storageKey });
  const bytes = image && (await imageStorage().get(storageKey));
  if (!image || !bytes) return notFound();
  return new Response(bytes as BodyInit, {
    headers: {
      "Content-Type": image.mimeType,
      "Content-Length": String(bytes.length),
      "Content-Disposition": `inline; filename="${storageKey.slice("parks/".length)}"`,
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}
