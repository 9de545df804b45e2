import { assertStaffRole, readableEnquiryAreaIds, type StaffRole, type StaffViewer } from "@ig/domain";

/**
 * A staff read function of this package as the app gets it: the signed-in viewer comes first and
 * is checked against the staff policy before anything is read, so no page can read staff data
 * without having resolved a session. Throws StaffAccessError (401 no viewer, 403 below `role`).
 */
export function staffRead<A extends unknown[], R>(role: StaffRole, read: (...args: A) => R) {
  return (viewer: StaffViewer | null, ...args: A): R => {
    assertStaffRole(viewer, role);
    return read(...args);
  };
}

/**
 * The same for reads whose answer depends on who reads (what they may edit): the checked viewer
 * is handed on as the read's first argument.
 */
export function viewerRead<A extends unknown[], R>(
  role: StaffRole,
  read: (viewer: StaffViewer, ...args: A) => R,
) {
  return (viewer: StaffViewer | null, ...args: A): R => {
    assertStaffRole(viewer, role);
    return read(viewer, ...args);
  };
}

/**
 * The same for reads of enquiries and their e-mails: the reader's area scope
 * (readableEnquiryAreaIds) and id ("assigned to me") are taken from the viewer, never from the caller.
 */
export function enquiryRead<O extends { areaIds: readonly string[] | null }, R>(
  role: StaffRole,
  read: (options: O) => R,
) {
  return (viewer: StaffViewer | null, options: Omit<O, "areaIds" | "viewerId">): R => {
    assertStaffRole(viewer, role);
    const scope = { areaIds: readableEnquiryAreaIds(viewer), viewerId: viewer.id };
    return read({ ...options, ...scope } as unknown as O);
  };
}
