import { mkdtemp } from "node:fs/promises";
import { createServer, request, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "@20minutes/s3rver";
import { loadConfig } from "@ig/db/config";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newImageKey } from "./image-key";
import type { ImageStorage } from "./image-storage";
import { localImageStorage } from "./local-image-storage";
import { s3ImageStorage } from "./s3-image-storage";

// Both storages, the bucket being a real S3-compatible server on 127.0.0.1 (s3rver, which checks
// SigV4 signatures against its one account, S3RVER / S3RVER), reached through a small proxy that
// records each request's headers and can change one on the way.
const tmp = (name: string) => mkdtemp(path.join(tmpdir(), `ig-${name}-`));
let s3: S3rver;
let proxy: Server;
let proxyUrl: string;
const seen: IncomingHttpHeaders[] = [];
let forgedToken: string | undefined;

beforeAll(async () => {
  s3 = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory: await tmp("s3rver"),
    configureBuckets: [{ name: "images" }],
  });
  const { port } = await s3.run();
  proxy = createServer((incoming, answer) => {
    const headers = { ...incoming.headers };
    seen.push(headers);
    if (forgedToken) headers["x-amz-security-token"] = forgedToken;
    const upstream = request(
      { host: "127.0.0.1", port, path: incoming.url, method: incoming.method, headers },
      (response) => {
        answer.writeHead(response.statusCode!, response.headers);
        response.pipe(answer);
      },
    );
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => proxy.close(resolve));
  await s3.close();
});

// The settings as the start reads them from the environment (@ig/db/config).
const s3Storage = (overrides: Record<string, string> = {}) =>
  s3ImageStorage(
    loadConfig({
      S3_BUCKET: "images",
      S3_ENDPOINT: proxyUrl,
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
      ...overrides,
    }).s3!,
  );
const storages: [string, () => Promise<ImageStorage>][] = [
  ["local folder", async () => localImageStorage(await tmp("images"))],
  ["S3 bucket", async () => s3Storage()],
];

describe.each(storages)("image storage in a %s", (_name, open) => {
  it("puts, gets and deletes bytes by key", async () => {
    const storage = await open();
    const key = newImageKey("image/png");
    const bytes = new Uint8Array([1, 2, 3]);
    await storage.put(key, bytes, "image/png");
    expect(await storage.get(key)).toEqual(bytes);
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await storage.delete(key);
    expect(await storage.get(newImageKey("image/jpeg"))).toBeNull();
  });

  it("refuses every key the app does not write, before touching a file or the bucket", async () => {
    const storage = await open();
    const requests = seen.length;
    const uuid = "0b6f3c52-8f1e-4d7a-9c2b-5e4f1a2b3c4d";
    for (const key of [
      "../outside.png",
      `parks/../../${uuid}.png`,
      `parks/${uuid}.png\0.txt`,
      `parks/${uuid}%00.png`,
      "%",
      `parks/${"a".repeat(5000)}.png`,
      `parks/\ud800${uuid}.png`,
      `parks/${uuid}.svg`,
      `parks/${uuid.toUpperCase()}.png`,
      `/parks/${uuid}.png`,
      `parks\\${uuid}.png`,
    ]) {
      await expect(storage.get(key), key).rejects.toThrow(/Invalid image key/);
      await expect(storage.put(key, new Uint8Array([1]), "image/png"), key).rejects.toThrow(
        /Invalid image key/,
      );
      await expect(storage.delete(key), key).rejects.toThrow(/Invalid image key/);
    }
    expect(seen.length).toBe(requests);
  });
});

describe("image storage in an S3 bucket", () => {
  it("is refused by the bucket with a wrong secret, and stores nothing", async () => {
    const key = newImageKey("image/png");
    await expect(
      s3Storage({ S3_SECRET_ACCESS_KEY: "not-the-secret" }).put(key, new Uint8Array([1]), "image/png"),
    ).rejects.toThrow(/S3 PUT .* failed: 403 .*SignatureDoesNotMatch/s);
    expect(await s3Storage().get(key)).toBeNull();
  });

  it("sends S3_SESSION_TOKEN signed with the request, so a changed token is refused", async () => {
    const storage = s3Storage({ S3_SESSION_TOKEN: "token-of-an-iam-role" });
    const key = newImageKey("image/webp");
    await storage.put(key, new Uint8Array([7, 7]), "image/webp");
    const put = seen.at(-1)!;
    expect(put["x-amz-security-token"]).toBe("token-of-an-iam-role");
    expect(put.authorization).toMatch(/SignedHeaders=[^,]*x-amz-security-token/);
    expect(await storage.get(key)).toEqual(new Uint8Array([7, 7]));

    forgedToken = "token-of-someone-else";
    try {
      await expect(storage.get(key)).rejects.toThrow(/S3 GET .* failed: 403 .*SignatureDoesNotMatch/s);
    } finally {
      forgedToken = undefined;
    }
  });

  it("names the variable that is missing", () => {
    expect(() => loadConfig({ S3_BUCKET: "images" })).toThrow(
      "S3_ACCESS_KEY_ID is not set: required when S3_BUCKET is set",
    );
  });
});
