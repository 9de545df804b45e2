import "server-only";
import { config } from "@ig/db/config";
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
export const imageMaxBytes = config().imageMaxBytes;

let storage: ImageStorage | undefined;

/** S3_BUCKET set: the bucket (S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY); else IMAGE_DIR. */
export function imageStorage(): ImageStorage {
  const { s3, imageDir } = config();
  storage ??= s3 ? s3ImageStorage(s3) : localImageStorage(imageDir);
  return storage;
}
