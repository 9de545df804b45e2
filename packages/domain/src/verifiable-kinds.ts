import { z } from "zod";
import { ZVersion } from "./content-edit.ts";
import { ZRecordId } from "./record-keys.ts";

/** Every kind of content record staff keep current (each has lastVerifiedAt and a version). */
export const verifiableKinds = ["park", "project", "policy", "news", "figure", "industry"] as const;
export type VerifiableKind = (typeof verifiableKinds)[number];

/** "I checked this record against its source today", from the version the editor saw. */
export const ZMarkVerified = z.object({
  kind: z.enum(verifiableKinds),
  id: ZRecordId,
  version: ZVersion,
});
export type TMarkVerified = z.infer<typeof ZMarkVerified>;
