import { randomBytes } from "node:crypto";
import type { Tx } from "../client.ts";

/** How long a sign-in lasts, counted from signing in (activity does not extend it). */
export const staffSessionHours = 8;

/**
 * Starts a staff session at sign-in and answers its id, which the signed session cookie carries.
 *
 * Why a row per sign-in rather than a session version per user: signing out ends only the
 * session signed out (a phone signing out leaves the desk signed in), while a password reset,
 * a role or area change and deactivation end all of the user's rows at once (endAllStaffSessions).
 * Either way each staff request costs one look-up, which getSignedInStaffUser already makes.
 *
 * The id is 256 random bits, so it could not be guessed even if the cookie were not encrypted.
 * Expired rows of every user are deleted on the way, so the table holds no more than the last
 * eight hours of sign-ins however rarely anyone signs out.
 */
export async function createStaffSession(tx: Tx, { staffUserId }: { staffUserId: string }) {
  const now = new Date();
  await tx.staffSession.deleteMany({ where: { expiresAt: { lte: now } } });
  const { id } = await tx.staffSession.create({
    data: {
      id: randomBytes(32).toString("base64url"),
      staffUserId,
      expiresAt: new Date(now.getTime() + staffSessionHours * 3600_000),
    },
    select: { id: true },
  });
  return id;
}
