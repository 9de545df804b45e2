import { redact, redactText } from "./redact.ts";

/** The log levels, least severe first (LOG_LEVEL names one). */
export const logLevels = ["debug", "info", "warn", "error"] as const;
export type LogLevel = (typeof logLevels)[number];
type Fields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: Fields): void;
  info(msg: string, fields?: Fields): void;
  warn(msg: string, fields?: Fields): void;
  error(msg: string, fields?: Fields): void;
  /** A logger that adds `fields` (e.g. a request id or a component) to every line. */
  child(fields: Fields): Logger;
}

const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/**
 * A logger writing one JSON object per line (fields, time, level, msg), redacted (see redact.ts),
 * to `write`; `level()` names the least severe level written (asked at each line, so a logger can
 * be made before the configuration is read). Pure: the sink and the level come from the caller
 * (`@ig/db/log` writes to stdout at LOG_LEVEL).
 */
export function createLogger(
  write: (line: string) => void,
  { base = {}, level = () => "info" }: { base?: Fields; level?: () => LogLevel } = {},
): Logger {
  const emit =
    (severity: LogLevel) =>
    (msg: string, fields: Fields = {}) => {
      if (order[severity] < order[level()]) return;
      // Fields first: a field named "level" or "msg" cannot disguise a line.
      const line = {
        ...(redact({ ...base, ...fields }) as Fields),
        time: new Date().toISOString(),
        level: severity,
        msg: redactText(msg),
      };
      write(JSON.stringify(line));
    };
  return {
    debug: emit("debug"),
    info: emit("info"),
    warn: emit("warn"),
    error: emit("error"),
    child: (fields) => createLogger(write, { base: { ...base, ...fields }, level }),
  };
}
