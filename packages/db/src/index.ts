// The data layer's public face: the only way the app reaches PostgreSQL.
export { db } from "./client.ts";
export type { FigureView, Localized, SourceView } from "./dto.ts";
export { listAreas, type AreaOverview } from "./areas/list-areas.ts";
export { listParks, type ParkCard } from "./parks/list-parks.ts";
export { getPark, type ParkDetail } from "./parks/get-park.ts";
export { listLatestNews, type NewsCard } from "./news/list-latest-news.ts";
