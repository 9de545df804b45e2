import { z } from "zod";
import { verifiableKinds } from "./content-kinds/kind-names.ts";
import { ZVersion } from "./content-edit.ts";
import { ZRecordId } from "./record-keys.ts";

export { verifiableKinds, type VerifiableKind } from "./content-kinds/kind-names.ts";

/** "I checked this record against its source today", from the version the editor saw. */
export const ZMarkVerified = z.object({
  kind: z.enum(verifiableKinds),
  id: ZRecordId,
  version: ZVersion,
});
export type TMarkVerified = z.infer<typeof ZMarkVerified>;
