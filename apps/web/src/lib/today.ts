import "server-only";
import { dayIn } from "@ig/domain";
import { config } from "@ig/db/config";

/** Today's calendar day in the portal's time zone (APP_TIME_ZONE, China time), "YYYY-MM-DD". */
export const today = () => dayIn(new Date(), config().timeZone);
