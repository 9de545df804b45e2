// The data layer's public face: the only way the app reaches PostgreSQL.
export { db } from "./client.ts";
export type { FigureView, Localized, SourceView } from "./dto.ts";
export { listAreas, type AreaOverview } from "./areas/list-areas.ts";
export { listParks, type ParkCard } from "./parks/list-parks.ts";
export { getPark, type ParkDetail } from "./parks/get-park.ts";
export { listNews, type NewsCard } from "./news/list-news.ts";
export { getNewsItem, type NewsDetail } from "./news/get-news-item.ts";
export { listProjects, type ProjectCard } from "./projects/list-projects.ts";
export { getProject, type ProjectDetail } from "./projects/get-project.ts";
export { listPartnerCountries } from "./projects/list-partner-countries.ts";
export { listPolicies, type PolicyCard } from "./policies/list-policies.ts";
export { getPolicy, type PolicyDetail } from "./policies/get-policy.ts";
export { listIndustries, type IndustryLink } from "./industries/list-industries.ts";
export { getIndustry } from "./industries/get-industry.ts";
export { getParksForComparison } from "./parks/get-parks-for-comparison.ts";
export { listPublishedPaths } from "./sitemap/list-published-paths.ts";
export { searchContent, type SearchResults } from "./search/search-content.ts";
export type { SearchHit } from "./search/find-matches.ts";
export { createEnquiry } from "./enquiries/create-enquiry.ts";
export { getEnquiryStatus, type EnquiryStatusView } from "./enquiries/get-enquiry-status.ts";
export { consumeRateLimit, type RateLimitResult } from "./rate-limits/consume-rate-limit.ts";
export { listEnquiryTopics, type EnquiryTopics } from "./enquiries/list-enquiry-topics.ts";
export {
  deliverNextEmail,
  retryDelayMs,
  type OutgoingEmail,
  type DeliveryOutcome,
} from "./outbox/deliver-next-email.ts";
export { getActiveStaffUser, type StaffUser } from "./staff/get-active-staff-user.ts";
export { verifyStaffLogin, type LoginResult } from "./staff/verify-staff-login.ts";
export { createStaffUser } from "./staff/create-staff-user.ts";
export { writeAuditEntry, type AuditInput } from "./audit/write-audit-entry.ts";
export { getOverviewCounts } from "./dashboard/get-overview-counts.ts";
