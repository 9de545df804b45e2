// Every calendar day, day boundary and working-day rule of the portal, in the portal's time zone
// (APP_TIME_ZONE, default Asia/Shanghai: both new areas, their staff and most investors live in
// China time). A day is "YYYY-MM-DD"; an instant is a Date. Nothing here reads a clock or the
// environment: callers pass `now` and the zone (`config().timeZone` in @ig/db/config).

export const defaultTimeZone = "Asia/Shanghai";

/** Whether `timeZone` is an IANA zone this runtime knows ("Asia/Shanghai", "UTC"). */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return /^[A-Za-z][A-Za-z0-9_+/-]*$/.test(timeZone);
  } catch {
    return false;
  }
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day an instant falls on in `timeZone`: 2026-11-29T23:30Z is "2026-11-30" in China. */
export function dayIn(instant: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA writes ISO order (2026-11-30); formatToParts keeps us independent of that anyway.
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    dayFormats.set(timeZone, format);
  }
  const part = (type: string) => format.formatToParts(instant).find((p) => p.type === type)!.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** The calendar day `n` days after `day` (n may be negative). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** The same calendar day `n` years later; 29 February becomes 28 February in a common year. */
export function addYears(day: string, n: number): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const target = String(year + n).padStart(4, "0");
  const lastOfMonth = new Date(Date.UTC(year + n, month, 0)).getUTCDate();
  return `${target}-${String(month).padStart(2, "0")}-${String(Math.min(date, lastOfMonth)).padStart(2, "0")}`;
}

const wallFormats = new Map<string, Intl.DateTimeFormat>();

/** The offset of `timeZone` from UTC at `instant`, in milliseconds (China: +8 h, no DST). */
function offsetAt(instant: Date, timeZone: string): number {
  let format = wallFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    wallFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const n = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const wall = Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second"));
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant `day` begins in `timeZone`: "2026-11-30" in China is 2026-11-29T16:00Z. */
export function startOfDayIn(day: string, timeZone: string): Date {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  // Twice: a zone whose offset changes on that day (DST) settles on the second pass.
  let guess = midnightUtc - offsetAt(new Date(midnightUtc), timeZone);
  guess = midnightUtc - offsetAt(new Date(guess), timeZone);
  return new Date(guess);
}

/** The day range [from, to] (both inclusive, either open) as instants: { gte, lt }. */
export function dayRangeIn(range: { from?: string; to?: string }, timeZone: string) {
  return {
    gte: range.from ? startOfDayIn(range.from, timeZone) : undefined,
    lt: range.to ? startOfDayIn(addDays(range.to, 1), timeZone) : undefined,
  };
}

/**
 * The staleness cut: a record last verified before this instant (the start of the same calendar
 * day a year ago, in `timeZone`) has not been verified for 12 months.
 */
export function staleBefore(now: Date, timeZone: string): Date {
  return startOfDayIn(addYears(dayIn(now, timeZone), -1), timeZone);
}

/**
 * Monday to Friday. PRC public holidays and the weekend days the State Council turns into working
 * days ("调休") are NOT modelled: the calendar is published only each November for the following
 * year, so a table here would be wrong every January until someone updated it. Around Spring
 * Festival and Golden Week enquiries therefore show as overdue a few days early, which staff can
 * see at a glance; a holiday table, if the teams ask for one, belongs in this function.
 */
export function isWorkingDay(day: string): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The latest instant from which `workingDays` whole working days (Monday–Friday in `timeZone`,
 * 24 h each) have passed by `now`: something last touched at or before it has waited that long.
 * Weekend time does not count, so an enquiry touched on Friday at 10:00 is due on Tuesday at
 * 10:00, and one touched on Saturday on Wednesday at 00:00.
 */
export function workingDaysBefore(now: Date, workingDays: number, timeZone: string): Date {
  let remaining = workingDays * 86_400_000;
  let day = dayIn(now, timeZone);
  let end = now.getTime();
  for (;;) {
    const start = startOfDayIn(day, timeZone).getTime();
    if (isWorkingDay(day)) {
      if (remaining <= end - start) return new Date(end - remaining);
      remaining -= end - start;
    }
    end = start;
    day = addDays(day, -1);
  }
}

/** An instant as ISO 8601 local time in `timeZone` with its offset: "2026-11-30T07:30:00+08:00". */
export function momentInZone(instant: Date, timeZone: string): string {
  const offset = offsetAt(instant, timeZone);
  const local = new Date(Math.floor(instant.getTime() / 1000) * 1000 + offset).toISOString().slice(0, 19);
  const minutes = Math.abs(offset) / 60_000;
  const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
  const mm = String(minutes % 60).padStart(2, "0");
  return `${local}${offset < 0 ? "-" : "+"}${hh}:${mm}`;
}
