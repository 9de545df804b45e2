import { describe, expect, it } from "vitest";
import {
  assertStaffRole,
  canEditAreas,
  canPreviewAreas,
  enquiryAreaFor,
  readableEnquiryAreaIds,
  StaffAccessError,
  type StaffViewer,
} from "./staff-policy.ts";

const tianfu = { id: "a-tf", slug: "tianfu" };
const liangjiang = { id: "a-lj", slug: "liangjiang" };
const admin: StaffViewer = { id: "1", role: "admin", areas: [] };
const tianfuEditor: StaffViewer = { id: "2", role: "editor", areas: [tianfu] };
const viewer: StaffViewer = { id: "3", role: "viewer", areas: [] };
const liangjiangViewer: StaffViewer = { id: "4", role: "viewer", areas: [liangjiang] };

describe("canEditAreas", () => {
  it("lets admins change anything, a record of no area included", () => {
    expect(canEditAreas(admin, [])).toBe(true);
    expect(canEditAreas(admin, ["tianfu", "liangjiang"])).toBe(true);
  });
  it("lets an editor change a record only when every area of it is theirs", () => {
    expect(canEditAreas(tianfuEditor, ["tianfu"])).toBe(true);
    expect(canEditAreas(tianfuEditor, ["liangjiang"])).toBe(false);
    expect(canEditAreas(tianfuEditor, ["tianfu", "liangjiang"])).toBe(false);
    expect(canEditAreas(tianfuEditor, [])).toBe(false);
    expect(canEditAreas(tianfuEditor, [null])).toBe(false);
  });
  it("lets nobody else change anything", () => {
    expect(canEditAreas(null, ["tianfu"])).toBe(false);
    expect(canEditAreas({ ...viewer, areas: [tianfu] }, ["tianfu"])).toBe(false);
  });
});

describe("canPreviewAreas", () => {
  it("lets viewers and those who may change the record preview it, but not editors of other areas", () => {
    expect(canPreviewAreas(viewer, ["tianfu"])).toBe(true);
    expect(canPreviewAreas(liangjiangViewer, ["tianfu"])).toBe(true);
    expect(canPreviewAreas(admin, ["liangjiang"])).toBe(true);
    expect(canPreviewAreas(tianfuEditor, ["tianfu"])).toBe(true);
    expect(canPreviewAreas(tianfuEditor, ["liangjiang"])).toBe(false);
    expect(canPreviewAreas(null, ["tianfu"])).toBe(false);
  });
});

describe("readableEnquiryAreaIds", () => {
  it("scopes editors and area viewers to their areas, and nobody else", () => {
    expect(readableEnquiryAreaIds(admin)).toBeNull();
    expect(readableEnquiryAreaIds(viewer)).toBeNull();
    expect(readableEnquiryAreaIds(tianfuEditor)).toEqual(["a-tf"]);
    expect(readableEnquiryAreaIds(liangjiangViewer)).toEqual(["a-lj"]);
    expect(readableEnquiryAreaIds({ ...tianfuEditor, areas: [] })).toEqual([]);
  });
});

describe("enquiryAreaFor", () => {
  it("picks the editor's own area of an enquiry about both areas", () => {
    expect(enquiryAreaFor(tianfuEditor, ["liangjiang", "tianfu"])).toEqual(["tianfu"]);
    expect(enquiryAreaFor(tianfuEditor, ["liangjiang"])).toEqual(["liangjiang"]);
    expect(enquiryAreaFor(tianfuEditor, [])).toEqual([]);
  });
});

describe("assertStaffRole", () => {
  it("answers 401 without a viewer and 403 below the role", () => {
    expect(() => assertStaffRole(null, "viewer")).toThrow(new StaffAccessError(401));
    expect(() => assertStaffRole(tianfuEditor, "admin")).toThrow(new StaffAccessError(403));
    expect(() => assertStaffRole(viewer, "viewer")).not.toThrow();
  });
});
