import { z } from "zod";
import { cleanString } from "./clean-text.ts";
import { areaSlugs, staffRoles } from "./enums.ts";
import { locales } from "./locale.ts";
import { ZLoginEmail, ZStaffEmail } from "./staff-email.ts";

/** A new staff account, or the fields an administrator may change. */
export const ZStaffUserInput = z.object({
  email: ZStaffEmail,
  name: cleanString().trim().min(1).max(120),
  role: z.enum(staffRoles),
  areas: z.array(z.enum(areaSlugs)).max(areaSlugs.length).default([]),
  /** The staff side's language; null: not chosen, follow the browser (see staffLocale in apps/web). */
  locale: z.enum(locales).nullable().default(null),
});
export type TStaffUserInput = z.infer<typeof ZStaffUserInput>;

/** Long enough to resist guessing; no composition rules (NIST SP 800-63B). */
export const ZPassword = z.string().min(12, { error: "tooShort" }).max(200, { error: "tooLong" });

export const ZLoginInput = z.object({
  email: ZLoginEmail,
  password: z.string().min(1).max(200),
});
