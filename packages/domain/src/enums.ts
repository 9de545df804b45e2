/** The closed vocabularies of the domain. The database stores these slugs as enums or text. */

export const areaSlugs = ["tianfu", "liangjiang"] as const;
export type AreaSlug = (typeof areaSlugs)[number];

export const parkTypes = [
  "bonded-zone",
  "pilot-ftz",
  "cooperation-park",
  "innovation-zone",
  "industrial-park",
  "logistics-hub",
  "financial-centre",
  "exhibition-city",
] as const;
export type ParkType = (typeof parkTypes)[number];

export const contentStatuses = ["draft", "published"] as const;
export type ContentStatus = (typeof contentStatuses)[number];

export const projectStages = ["opportunity", "signed", "under-construction", "operating"] as const;
export type ProjectStage = (typeof projectStages)[number];

export const policyCategories = [
  "customs-trade",
  "tax",
  "finance-fx",
  "talent",
  "land",
  "rd-innovation",
  "logistics",
  "business-environment",
] as const;
export type PolicyCategory = (typeof policyCategories)[number];

export const transportModes = ["rail", "air", "water", "road"] as const;
export type TransportMode = (typeof transportModes)[number];

/** The units a park's size is given in: square kilometres or hectares (100 ha = 1 km²). */
export const sizeUnits = ["sqkm", "ha"] as const;
export type SizeUnit = (typeof sizeUnits)[number];

export const figureUnits = ["cny", "usd", "percent", "sqkm", "tonnes", "teu", "count"] as const;
export type FigureUnit = (typeof figureUnits)[number];

export const figureQualifiers = ["over", "about", "nearly"] as const;
export type FigureQualifier = (typeof figureQualifiers)[number];

export const staffRoles = ["admin", "editor", "viewer"] as const;
export type StaffRole = (typeof staffRoles)[number];

export const enquiryStatuses = ["new", "in-progress", "responded", "closed", "spam"] as const;
export type EnquiryStatus = (typeof enquiryStatuses)[number];

/** What kind of event a news item announces or reports (news items without one are plain news). */
export const eventKinds = ["conference", "forum", "signing", "fair", "ceremony"] as const;
export type EventKind = (typeof eventKinds)[number];
