import "server-only";
import { ContentConflictError, ContentNotFoundError } from "@ig/db";
import { StaffActionError } from "./staff-action";

/** Runs a content write, turning the data layer's conflict / not-found into staff-action answers. */
export async function withContentErrors<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof ContentConflictError) throw new StaffActionError(409, error.message, error.current);
    if (error instanceof ContentNotFoundError) throw new StaffActionError(404, error.message);
    throw error;
  }
}
