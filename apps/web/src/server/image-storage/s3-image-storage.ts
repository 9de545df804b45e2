import { createHash } from "node:crypto";
import { AwsClient } from "aws4fetch";
import type { S3Settings } from "@ig/db/config";
import { checkedImageKey } from "./image-key";
import type { ImageStorage } from "./image-storage";

/**
 * An S3-compatible bucket (AWS, MinIO, R2 …) with path-style URLs (`S3_ENDPOINT/S3_BUCKET/key`),
 * which every S3-compatible service accepts. aws4fetch signs each request (SigV4), with
 * S3_SESSION_TOKEN for temporary credentials (an IAM role, STS). Throws on an invalid key, or an
 * answer other than 2xx (404 on get: null); the settings were checked at start (@ig/db/config).
 */
export function s3ImageStorage({
  bucket,
  endpoint,
  region,
  accessKeyId,
  secretAccessKey,
  sessionToken,
}: S3Settings): ImageStorage {
  const client = new AwsClient({
    accessKeyId,
    secretAccessKey,
    sessionToken,
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
