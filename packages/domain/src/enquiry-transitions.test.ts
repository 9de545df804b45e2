import { describe, expect, it } from "vitest";
import { enquiryStatuses, type EnquiryStatus } from "./enums.ts";
import { canTransition, nextStatuses } from "./enquiry-transitions.ts";

const allowed = new Set([
  "new→in-progress",
  "new→spam",
  "in-progress→responded",
  "in-progress→spam",
  "responded→closed",
  "responded→in-progress",
  "closed→in-progress",
  "spam→new",
]);

describe("enquiry transitions", () => {
  for (const from of enquiryStatuses) {
    for (const to of enquiryStatuses) {
      const expected = allowed.has(`${from}→${to}`);
      it(`${from} → ${to} is ${expected ? "allowed" : "refused"}`, () => {
        expect(canTransition(from, to)).toBe(expected);
        expect(nextStatuses(from).includes(to)).toBe(expected);
      });
    }
  }

  it("never allows staying in the same status", () => {
    for (const status of enquiryStatuses) expect(canTransition(status, status)).toBe(false);
  });

  it("reaches closed from new only through in-progress and responded", () => {
    const path: EnquiryStatus[] = ["new", "in-progress", "responded", "closed"];
    path.slice(1).forEach((to, i) => expect(canTransition(path[i]!, to)).toBe(true));
    // A closed enquiry can only be reopened, back into the queue.
    expect(nextStatuses("closed")).toEqual(["in-progress"]);
  });
});
