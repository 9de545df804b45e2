import "server-only";
import { redirect } from "next/navigation";
import { getStaffUser } from "./session";

/** Administrator pages: anonymous visitors go to the login, other staff back to the overview. */
export async function requireAdmin() {
  const user = await getStaffUser();
  if (!user) redirect("/admin/login");
  if (user.role !== "admin") redirect("/admin");
  return user;
}
