// The data layer's public face: the only way the app reaches PostgreSQL.
export { db } from "./client.ts";
export type { FigureView, Localized, SourceView } from "./dto.ts";
export { listAreas, type AreaOverview } from "./areas/list-areas.ts";
export { listParks, listParksPage, type ParkCard } from "./parks/list-parks.ts";
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
export {
  consumeRateLimits,
  type RateLimit,
  type RateLimitResult,
} from "./rate-limits/consume-rate-limits.ts";
export { listEnquiryTopics, type EnquiryTopics } from "./enquiries/list-enquiry-topics.ts";
export {
  deliverNextEmail,
  retryDelayMs,
  type OutgoingEmail,
  type DeliveryOutcome,
} from "./outbox/deliver-next-email.ts";
export { getSignedInStaffUser, type StaffUser } from "./staff/get-signed-in-staff-user.ts";
export { staffSessionHours } from "./staff/create-staff-session.ts";
export { endStaffSession } from "./staff/end-staff-session.ts";
export { verifyStaffLogin, type LoginResult } from "./staff/verify-staff-login.ts";
export { createStaffUser } from "./staff/create-staff-user.ts";
export { writeAuditEntry, type AuditInput } from "./audit/write-audit-entry.ts";
export { getDashboardStats, type DashboardStats } from "./dashboard/get-dashboard-stats.ts";
export { listStaffUsers, type StaffUserRow } from "./staff/list-staff-users.ts";
export { getStaffAccount, type StaffAccount } from "./staff/get-staff-account.ts";
export { updateStaffUser } from "./staff/update-staff-user.ts";
export { setStaffUserActive } from "./staff/set-staff-user-active.ts";
export { SelfLockoutError } from "./staff/staff-user-errors.ts";
export { sendPasswordReset } from "./staff/send-password-reset.ts";
export { resetStaffPassword } from "./staff/reset-staff-password.ts";
export { listAuditEntries, type AuditFilter, type AuditPage } from "./audit/list-audit-entries.ts";
export { listEnquiries, type EnquiryRow } from "./enquiries/list-enquiries.ts";
export { getEnquiryForStaff, type EnquiryForStaff } from "./enquiries/get-enquiry-for-staff.ts";
export { getEnquiryAreaSlugs } from "./enquiries/get-enquiry-area-slugs.ts";
export { listEnquiryAssignees } from "./enquiries/list-enquiry-assignees.ts";
export { assignEnquiry } from "./enquiries/assign-enquiry.ts";
export { addEnquiryNote } from "./enquiries/add-enquiry-note.ts";
export { changeEnquiryStatus } from "./enquiries/change-enquiry-status.ts";
export { EnquiryAssigneeError, EnquiryTransitionError } from "./enquiries/enquiry-errors.ts";
export { listOutbox, type OutboxRow } from "./outbox/list-outbox.ts";
export { retryOutboxEmail } from "./outbox/retry-outbox-email.ts";
export { getOutboxEmailAreaSlugs } from "./outbox/get-outbox-email-area-slugs.ts";
export {
  ContentConflictError,
  ContentInUseError,
  ContentNotFoundError,
  SlugTakenError,
} from "./content/content-errors.ts";
export { getContentForEditing, type ContentForEditing } from "./content/get-content-for-editing.ts";
export { listContentForStaff, type StaffContentRow } from "./content/list-content-for-staff.ts";
export { updateContent } from "./content/update-content.ts";
export { publishContent } from "./content/publish-content.ts";
export { createContent } from "./content/create-content.ts";
export { deleteContent, countContentUses } from "./content/delete-content.ts";
export type { ContentFields } from "./content/content-tables.ts";
export { getFigureForEditing, type FigureForEditing } from "./figures/get-figure-for-editing.ts";
export { listFiguresForStaff, type FigureRow } from "./figures/list-figures-for-staff.ts";
export { listFigureHolders } from "./figures/list-figure-holders.ts";
export { listSources } from "./figures/list-sources.ts";
export { updateFigure } from "./figures/update-figure.ts";
export { UnknownSourceError } from "./figures/figure-errors.ts";
export { markVerified } from "./staleness/mark-verified.ts";
export { getContentAreas } from "./staleness/get-content-areas.ts";
export { listStaleContent, type StaleItem } from "./staleness/list-stale-content.ts";
export { listMissingTranslations, type MissingTranslation } from "./staleness/list-missing-translations.ts";
export { getIndustryForEditing, type IndustryForEditing } from "./industries/get-industry-for-editing.ts";
export { listIndustriesForStaff } from "./industries/list-industries-for-staff.ts";
export { updateIndustry } from "./industries/update-industry.ts";
export { createParkImage } from "./images/create-park-image.ts";
export { deleteParkImage } from "./images/delete-park-image.ts";
export { listParkImages, type ParkImage } from "./images/list-park-images.ts";
export { getStoredImage } from "./images/get-stored-image.ts";
export { getParkAreaSlug } from "./images/get-park-area-slug.ts";
export { checkDatabaseHealth, type DatabaseHealth } from "./health/check-database-health.ts";
export { latestContentChange } from "./content/latest-content-change.ts";
