import { randomUUID } from "node:crypto";
import { imageExtensions, type ImageMimeType } from "@ig/domain";

// The only keys there are: the app names every stored image `parks/<random UUID>.<extension>`.
const keyPattern = new RegExp(
  `^parks/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.(?:${Object.values(imageExtensions).join("|")})$`,
);

/** A new storage key for an image of the given type, e.g. `parks/0b6f…e1.png`. */
export const newImageKey = (mimeType: ImageMimeType) => `parks/${randomUUID()}.${imageExtensions[mimeType]}`;

/**
 * Whether a key (e.g. taken from a URL) has the form of the keys the app writes: then it holds
 * no NUL, `%`, `..`, backslash or other Unicode and is short, in every storage and in the database.
 */
export const isImageKey = (key: string) => keyPattern.test(key);

/** The key itself; throws for any other string, so a storage never touches another file or object. */
export function checkedImageKey(key: string) {
  if (!isImageKey(key)) throw new Error(`Invalid image key ${JSON.stringify(key.slice(0, 100))}.`);
  return key;
}
