import { noSuchPath, readOnly } from "@/server/open-data-errors";
import { preflight } from "@/server/open-data-http";

// Paths deeper than /api/v1/{collection}/{slug} name nothing: a JSON 404 with CORS, not the
// portal's HTML page. (Shallower unknown paths reach the collection and record routes' own 404.)

export const GET = noSuchPath;
export const HEAD = noSuchPath;
export const OPTIONS = preflight;
export const { POST, PUT, PATCH, DELETE } = readOnly;
