import { createHash } from "node:crypto";
import { AwsClient } from "aws4fetch";
import { checkedImageKey } from "./image-key";
import type { ImageStorage } from "./image-storage";

type Env = Record<string, string | undefined>;

/**
 * An S3-compatible bucket (AWS, MinIO, R2 …) with path-style URLs (`S3_ENDPOINT/S3_BUCKET/key`),
 * which every S3-compatible service accepts. aws4fetch signs each request (SigV4), with
 * S3_SESSION_TOKEN for temporary credentials (an IAM role, STS). Throws on a missing variable,
 * an invalid key, or an answer other than 2xx (404 on get: null).
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
  const client = new AwsClient({
    accessKeyId: required("S3_ACCESS_KEY_ID"),
    secretAccessKey: required("S3_SECRET_ACCESS_KEY"),
    sessionToken: env.S3_SESSION_TOKEN || undefined,
    service: "s3",
    region,
    // aws4fetch retries 5xx and 429 ten times by default; an image request should not wait that long.
    retries: 2,
  });
  // Checked keys (`parks/<uuid>.<ext>`) need no URL encoding.
  const send = (method: "PUT" | "GET" | "DELETE", key: string, init: RequestInit = {}) =>
    client.fetch(`${endpoint}/${bucket}/${checkedImageKey(key)}`, { method, ...init });
  const check = async (response: Response, action: string, key: string) => {
    if (!response.ok)
      throw new Error(`S3 ${action} of "${key}" failed: ${response.status} ${await response.text()}`);
  };
  return {
    async put(key, bytes, contentType) {
      const headers = {
        "content-type": contentType,
        // The payload is signed too, so the bucket refuses bytes changed on the way.
        "x-amz-content-sha256": createHash("sha256").update(bytes).digest("hex"),
      };
      await check(await send("PUT", key, { headers, body: bytes as BodyInit }), "PUT", key);
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
