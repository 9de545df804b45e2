import type { S3Settings } from "@ig/db/config";
import type { ImageStorage } from "./image-storage";
import { sha256Hex, signRequest } from "./sigv4";

/**
 * An S3-compatible bucket (AWS, MinIO, R2 …) over plain fetch with SigV4, path-style URLs
 * (`S3_ENDPOINT/S3_BUCKET/key`), which every S3-compatible service accepts.
 */
export function s3ImageStorage({
  bucket,
  endpoint,
  region,
  accessKeyId,
  secretAccessKey,
}: S3Settings): ImageStorage {
  const credentials = { accessKeyId, secretAccessKey, region, service: "s3" };
  const send = async (method: "PUT" | "GET" | "DELETE", key: string, body?: Uint8Array, type?: string) => {
    const url = new URL(`${endpoint}/${bucket}/${key.split("/").map(encodeURIComponent).join("/")}`);
    const headers = signRequest(credentials, {
      method,
      url,
      headers: type ? { "content-type": type } : {},
      payloadHash: sha256Hex(body ?? ""),
      date: new Date(),
    });
    const { host: _host, ...sent } = headers; // fetch sets Host itself
    return fetch(url, { method, headers: sent, body: body as BodyInit | undefined });
  };
  const check = async (response: Response, action: string, key: string) => {
    if (!response.ok)
      throw new Error(`S3 ${action} of "${key}" failed: ${response.status} ${await response.text()}`);
  };
  return {
    async put(key, bytes, contentType) {
      await check(await send("PUT", key, bytes, contentType), "PUT", key);
    },
    async get(key) {
      const response = await send("GET", key);
      if (response.status === 404) return null;
      await check(response, "GET", key);
      return new Uint8Array(await response.arrayBuffer());
    },
    async delete(key) {
      await check(await send("DELETE", key), "DELETE", key);
    },
  };
}
