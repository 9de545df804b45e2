import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { localImageStorage } from "./local-image-storage";

describe("localImageStorage", () => {
  it("puts, gets and deletes bytes by key, never overwriting and never leaving its folder", async () => {
    const storage = localImageStorage(await mkdtemp(path.join(tmpdir(), "ig-images-")));
    const bytes = new Uint8Array([1, 2, 3]);
    await storage.put("parks/a.png", bytes, "image/png");
    expect(await storage.get("parks/a.png")).toEqual(bytes);
    await expect(storage.put("parks/a.png", new Uint8Array([9]), "image/png")).rejects.toThrow();
    await expect(storage.get("../outside.png")).rejects.toThrow(/Invalid image key/);
    await storage.delete("parks/a.png");
    expect(await storage.get("parks/a.png")).toBeNull();
    await storage.delete("parks/a.png");
  });
});
