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
 * One JSON object per line on stdout (fields, time, level, msg), redacted (see redact.ts).
 * LOG_LEVEL (debug, info, warn, error; default info) sets the least severe level written. It is
 * read here, not through @ig/db/config, because this package depends on nothing; that module
 * checks it at every start, so a value other than these four stops the start.
 */
export function createLogger(
  base: Fields = {},
  write: (line: string) => void = (line) => console.log(line),
): Logger {
  const threshold = order[process.env.LOG_LEVEL as LogLevel] ?? order.info;
  const emit =
    (level: LogLevel) =>
    (msg: string, fields: Fields = {}) => {
      if (order[level] < threshold) return;
      // Fields first: a field named "level" or "msg" cannot disguise a line.
      const line = {
        ...(redact({ ...base, ...fields }) as Fields),
        time: new Date().toISOString(),
        level,
        msg: redactText(msg),
      };
      write(JSON.stringify(line));
    };
  return {
    debug: emit("debug"),
    info: emit("info"),
    warn: emit("warn"),
    error: emit("error"),
    child: (fields) => createLogger({ ...base, ...fields }, write),
  };
}

export const log = createLogger();
