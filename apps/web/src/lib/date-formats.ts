import type { DateTimeFormatOptions } from "next-intl";

// How the portal writes moments and zones. next-intl formats in the portal's time zone
// (APP_TIME_ZONE, China time, set in src/i18n/request.ts), so these options never name a zone.

/**
 * A moment with its zone said: "Nov 30, 2026, 07:30 China Standard Time" / "2026年11月30日
 * 中国标准时间 07:30". (dateStyle/timeStyle cannot be combined with timeZoneName, hence the fields.)
 */
export const momentFormat: DateTimeFormatOptions = {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZoneName: "long",
};

/** The zone's name in the reader's language: "China Standard Time" / "中国标准时间". */
export function zoneName(locale: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en", {
    timeZone,
    timeZoneName: "long",
  }).formatToParts(new Date());
  return parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}
