import { describe, expect, it } from "vitest";
import { eventTiming, parseNewsFilter, ZNewsEvent } from "./news-event.ts";

describe("eventTiming", () => {
  const fair = { startsOn: "2026-12-01", endsOn: "2026-12-03" };
  it.each([
    ["2026-11-30", "upcoming"],
    ["2026-12-01", "ongoing"],
    ["2026-12-03", "ongoing"],
    ["2026-12-04", "past"],
  ] as const)("on %s a 1–3 December fair is %s", (today, timing) => {
    expect(eventTiming(fair, today)).toBe(timing);
  });

  it("ends a one-day event on its day", () => {
    expect(eventTiming({ startsOn: "2021-04-29", endsOn: null }, "2021-04-29")).toBe("ongoing");
    expect(eventTiming({ startsOn: "2021-04-29", endsOn: null }, "2021-04-30")).toBe("past");
  });
});

describe("ZNewsEvent", () => {
  const place = { en: "Chengdu", zh: "成都" };
  it("refuses an event that ends before it starts", () => {
    const parsed = ZNewsEvent.safeParse({
      kind: "fair",
      startsOn: "2027-01-02",
      endsOn: "2027-01-01",
      place,
    });
    expect(parsed.success).toBe(false);
  });
  it("refuses an unknown kind", () => {
    expect(ZNewsEvent.safeParse({ kind: "party", startsOn: "2027-01-02", endsOn: null, place }).success).toBe(
      false,
    );
  });
});

describe("parseNewsFilter", () => {
  it("reads the type and drops anything else", () => {
    expect(parseNewsFilter({ type: "events", page: "2" })).toEqual({ type: "events", page: 2 });
    expect(parseNewsFilter({ type: "gossip" })).toEqual({ type: undefined, page: 1 });
    expect(parseNewsFilter({ type: "events", page: "x" })).toBeNull();
  });
});
