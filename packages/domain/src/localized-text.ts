import { z } from "zod";
import { cleanString } from "./clean-text.ts";

/**
 * Every investor-facing text is stored as one JSON object keyed by locale ({ en, zh }).
 * One column per field keeps a record's translations together (a third language is a new key,
 * not a migration), and the database can still index and search it per locale.
 */
export const ZLocalizedText = z.object({
  en: cleanString().trim().min(1, "English text is required"),
  zh: cleanString().trim(),
});
export type TLocalizedText = z.infer<typeof ZLocalizedText>;
