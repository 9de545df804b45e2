import { notFound } from "next/navigation";
import { requireStaffPage } from "@/server/staff-guard";

// Staff paths deeper than any staff page get the staff 404 (with the staff navigation) rather than
// Next's bare one; shallower unknown paths reach [kind] or [kind]/[slug], which answer 404 themselves.
export default async function StaffCatchAll() {
  await requireStaffPage();
  notFound();
}
