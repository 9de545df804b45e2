import type { ImageStorage } from "./image-storage";
import { sha256Hex, signRequest } from "./sigv4";

type Env = Record<string, string | undefined>;

/**
 * An S3-compatible bucket (AWS, MinIO, R2 …) over plain fetch with SigV4, path-style URLs
 * (`S3_ENDPOINT/S3_BUCKET/key`), which every S3-compatible service accepts.
 */
export function s3ImageStorage(env: Env): ImageStorage {
  const required = (name: string) => {
    const value = env[name];
    if (!value) throw new Error(`${name} is required when S3_BUCKET is set.`);
    return value;
  };
  const region = env.S3_REGION ?? "us-east-1";
  const endpoint = (env.S3_ENDPOINT ?? `https://s3.${region}.amazonaws.com`).replace(/\/+$/, "");
  const bucket = required("S3_BUCKET");
  const credentials = {
    accessKeyId: required("S3_ACCESS_KEY_ID"),
    secretAccessKey: required("S3_SECRET_ACCESS_KEY"),
    region,
    service: "s3",
  };
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
