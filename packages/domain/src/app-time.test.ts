import { describe, expect, it } from "vitest";
import {
  addYears,
  dayIn,
  dayRangeIn,
  isTimeZone,
  isWorkingDay,
  momentInZone,
  staleBefore,
  startOfDayIn,
  workingDaysBefore,
} from "./app-time.ts";
import { isOverdue, overdueBefore } from "./enquiry-overdue.ts";

const china = "Asia/Shanghai";
const utc = (iso: string) => new Date(iso);

describe("dayIn", () => {
  it("puts a verification at 07:30 China time (23:30 UTC the day before) on the China day", () => {
    expect(dayIn(utc("2026-11-29T23:30:00Z"), china)).toBe("2026-11-30");
    expect(dayIn(utc("2026-11-29T23:30:00Z"), "UTC")).toBe("2026-11-29");
  });

  it("changes day exactly at midnight China time (16:00 UTC)", () => {
    expect(dayIn(utc("2026-11-30T15:59:59.999Z"), china)).toBe("2026-11-30"); // 23:59:59.999
    expect(dayIn(utc("2026-11-30T16:00:00Z"), china)).toBe("2026-12-01"); // 00:00
    expect(dayIn(utc("2026-12-31T16:00:00Z"), china)).toBe("2027-01-01"); // New Year in China
  });
});

describe("momentInZone", () => {
  it("writes the local time with its offset", () => {
    expect(momentInZone(utc("2026-11-29T23:30:00Z"), china)).toBe("2026-11-30T07:30:00+08:00");
    expect(momentInZone(utc("2026-11-29T23:30:00Z"), "America/New_York")).toBe("2026-11-29T18:30:00-05:00");
  });
});

describe("startOfDayIn and dayRangeIn", () => {
  it("start a China day at 16:00 UTC the day before", () => {
    expect(startOfDayIn("2026-11-30", china).toISOString()).toBe("2026-11-29T16:00:00.000Z");
    expect(startOfDayIn("2026-03-29", "Europe/Berlin").toISOString()).toBe("2026-03-28T23:00:00.000Z");
  });

  it("make a day filter [from, to] of whole China days, 23:59 in and 00:00 of the next day out", () => {
    const range = dayRangeIn({ from: "2026-11-30", to: "2026-11-30" }, china);
    const inside = (d: Date) => d >= range.gte! && d < range.lt!;
    expect(inside(utc("2026-11-29T23:30:00Z"))).toBe(true); // 07:30 on the 30th
    expect(inside(utc("2026-11-30T15:59:00Z"))).toBe(true); // 23:59
    expect(inside(utc("2026-11-30T16:00:00Z"))).toBe(false); // 00:00 on 1 December
    expect(inside(utc("2026-11-29T15:59:00Z"))).toBe(false); // 23:59 on the 29th
    expect(dayRangeIn({}, china)).toEqual({ gte: undefined, lt: undefined });
  });
});

describe("staleBefore", () => {
  it("is the start of the same China day a year ago, so 'verified a year ago today' is not stale yet", () => {
    const now = utc("2026-11-30T02:00:00Z"); // 10:00 China time
    const cut = staleBefore(now, china);
    expect(cut.toISOString()).toBe("2025-11-29T16:00:00.000Z");
    expect(utc("2025-11-29T23:30:00Z") >= cut).toBe(true); // 07:30 China time, 30 Nov 2025
    expect(utc("2025-11-29T15:59:00Z") < cut).toBe(true); // 23:59 China time, 29 Nov 2025
  });

  it("handles 29 February", () => {
    expect(addYears("2028-02-29", -1)).toBe("2027-02-28");
    expect(addYears("2026-11-30", -1)).toBe("2025-11-30");
  });
});

describe("working days", () => {
  it("are Monday to Friday", () => {
    expect(["2026-11-27", "2026-11-28", "2026-11-29", "2026-11-30"].map(isWorkingDay)).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });

  it("skip the weekend when counting back two working days", () => {
    // Tuesday 1 December 10:00 China time → Friday 27 November 10:00.
    expect(workingDaysBefore(utc("2026-12-01T02:00:00Z"), 2, china).toISOString()).toBe(
      "2026-11-27T02:00:00.000Z",
    );
    // Saturday 10:00: Friday and Thursday count in full → Thursday 00:00.
    expect(workingDaysBefore(utc("2026-11-28T02:00:00Z"), 2, china).toISOString()).toBe(
      "2026-11-25T16:00:00.000Z",
    );
    // Wednesday 00:00 China time (Tuesday 16:00 UTC) → Monday 00:00.
    expect(workingDaysBefore(utc("2026-12-01T16:00:00Z"), 2, china).toISOString()).toBe(
      "2026-11-29T16:00:00.000Z",
    );
  });

  it("make an enquiry awaiting staff overdue two working days after it was last touched", () => {
    const touchedAt = utc("2026-11-27T02:00:00Z"); // Friday 10:00 China time
    const overdue = (now: string, status = "new") =>
      isOverdue({ status, touchedAt }, overdueBefore(utc(now), china));
    expect(overdue("2026-11-30T15:59:00Z")).toBe(false); // Monday 23:59
    expect(overdue("2026-12-01T01:59:00Z")).toBe(false); // Tuesday 09:59
    expect(overdue("2026-12-01T02:00:00Z")).toBe(true); // Tuesday 10:00
    expect(overdue("2026-12-01T02:00:00Z", "in-progress")).toBe(true);
    expect(overdue("2026-12-09T02:00:00Z", "responded")).toBe(false); // the investor's turn
    expect(overdue("2026-12-09T02:00:00Z", "closed")).toBe(false);
  });

  it("start counting on Monday 00:00 for an enquiry touched at the weekend", () => {
    const touchedAt = utc("2026-11-28T02:00:00Z"); // Saturday 10:00
    const overdue = (now: string) => isOverdue({ status: "new", touchedAt }, overdueBefore(utc(now), china));
    expect(overdue("2026-12-01T15:59:00Z")).toBe(false); // Tuesday 23:59
    expect(overdue("2026-12-01T16:00:00Z")).toBe(true); // Wednesday 00:00
  });
});

describe("isTimeZone", () => {
  it("takes IANA zones only", () => {
    expect(isTimeZone("Asia/Shanghai")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Asia/Chengdu")).toBe(false);
    expect(isTimeZone("China")).toBe(false);
  });
});
