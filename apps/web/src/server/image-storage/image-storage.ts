import "server-only";
import { localImageStorage } from "./local-image-storage";
import { s3ImageStorage } from "./s3-image-storage";

/** Where image bytes live: one interface, a local folder by default or an S3-compatible bucket. */
export interface ImageStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The stored bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Uint8Array | null>;
  delete(key: string): Promise<void>;
}

/** 5 MiB unless IMAGE_MAX_BYTES says otherwise. */
export const imageMaxBytes = Number(process.env.IMAGE_MAX_BYTES ?? 5 * 1024 * 1024);

let storage: ImageStorage | undefined;

/** S3_BUCKET set: the bucket (S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY); else IMAGE_DIR. */
export function imageStorage(): ImageStorage {
  storage ??= process.env.S3_BUCKET ? s3ImageStorage(process.env) : localImageStorage(process.env.IMAGE_DIR);
  return storage;
}
