import { z } from "zod";
import { cleanString } from "./clean-text.ts";

/**
 * A staff e-mail address as it is stored and compared: trimmed, A–Z lower-cased, nothing else.
 *
 * Only ASCII is folded, on purpose. Account addresses are ASCII by construction (zod's e-mail
 * pattern; internationalised domains are entered in punycode), so Unicode NFC would change
 * nothing in them and is not applied; and full Unicode lower-casing would let look-alikes reach an
 * ASCII account (the Kelvin sign U+212A lower-cases to "k"). The database enforces the same
 * rule with `lower(email COLLATE "C")`, which folds exactly A–Z whatever the server's locale.
 */
export function normaliseStaffEmail(raw: string): string {
  return raw.trim().replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

/** A staff account's e-mail address (new accounts, `admin:create`): normalised, then checked. */
export const ZStaffEmail = z.string().max(254).transform(normaliseStaffEmail).pipe(z.email());

/**
 * The e-mail typed at the login: normalised but not checked, so that every attempt, however
 * malformed, is compared exactly, counted against the per-account lockout and audited alike;
 * only text PostgreSQL cannot store (NUL, lone surrogates) is refused before, as everywhere.
 */
export const ZLoginEmail = cleanString().max(254).transform(normaliseStaffEmail);
