// The portal's logger: JSON lines on stdout at LOG_LEVEL (see @ig/domain/log for the format).
import { createLogger } from "@ig/domain/log";
import { config } from "./config/index.ts";

export const log = createLogger((line) => console.log(line), { level: () => config().logLevel });
