import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { checkedImageKey } from "./image-key";
import type { ImageStorage } from "./image-storage";

/** The repository root (where pnpm-workspace.yaml is), so a relative IMAGE_DIR means the same from any package. */
function repositoryRoot(from = process.cwd()): string {
  if (existsSync(/*turbopackIgnore: true*/ path.join(from, "pnpm-workspace.yaml"))) return from;
  const parent = path.dirname(from);
  return parent === from ? process.cwd() : repositoryRoot(parent);
}

// The folder is chosen at run time (IMAGE_DIR): turbopackIgnore keeps the build from tracing
// the whole project into the server bundle for these calls.

export function localImageStorage(imageDir: string): ImageStorage {
  const dir = path.resolve(repositoryRoot(), imageDir);
  // A checked key (`parks/<uuid>.<ext>`) cannot leave the folder.
  const fileOf = (key: string) => path.join(/*turbopackIgnore: true*/ dir, checkedImageKey(key));
  return {
    async put(key, bytes) {
      const file = fileOf(key);
      await mkdir(/*turbopackIgnore: true*/ path.dirname(file), { recursive: true });
      // A key is written once (keys are unique): "wx" refuses to overwrite another image.
      await writeFile(/*turbopackIgnore: true*/ file, bytes, { flag: "wx" });
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(/*turbopackIgnore: true*/ fileOf(key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(/*turbopackIgnore: true*/ fileOf(key), { force: true });
    },
  };
}
