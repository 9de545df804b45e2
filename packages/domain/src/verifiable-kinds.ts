import { z } from "zod";
import { ZVersion } from "./content-edit.ts";

/** Every kind of content record staff keep current (each has lastVerifiedAt and a version). */
export const verifiableKinds = ["park", "project", "policy", "news", "figure", "industry"] as const;
export type VerifiableKind = (typeof verifiableKinds)[number];

/** "I checked this record against its source today", from the version the editor saw. */
export const ZMarkVerified = z.object({
  kind: z.enum(verifiableKinds),
  id: z.string().trim().min(1).max(100),
  version: ZVersion,
});
export type TMarkVerified = z.infer<typeof ZMarkVerified>;
