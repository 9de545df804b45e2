// The data layer's public face: the only way the app reaches PostgreSQL.
import { getDashboardStats as getDashboardStatsUnchecked } from "./dashboard/get-dashboard-stats.ts";
import { listStaffUsers as listStaffUsersUnchecked } from "./staff/list-staff-users.ts";
import { getStaffAccount as getStaffAccountUnchecked } from "./staff/get-staff-account.ts";
import { listAuditEntries as listAuditEntriesUnchecked } from "./audit/list-audit-entries.ts";
import { listEnquiries as listEnquiriesUnchecked } from "./enquiries/list-enquiries.ts";
import { getEnquiryForStaff as getEnquiryForStaffUnchecked } from "./enquiries/get-enquiry-for-staff.ts";
import { listEnquiryAssignees as listEnquiryAssigneesUnchecked } from "./enquiries/list-enquiry-assignees.ts";
import { listOutbox as listOutboxUnchecked } from "./outbox/list-outbox.ts";
import { getContentForEditing as getContentForEditingUnchecked } from "./content/get-content-for-editing.ts";
import { listContentForStaff as listContentForStaffUnchecked } from "./content/list-content-for-staff.ts";
import { listContentOwners as listContentOwnersUnchecked } from "./content/list-content-owners.ts";
import { countContentUses as countContentUsesUnchecked } from "./content/delete-content.ts";
import { getFigureForEditing as getFigureForEditingUnchecked } from "./figures/get-figure-for-editing.ts";
import { listFiguresForStaff as listFiguresForStaffUnchecked } from "./figures/list-figures-for-staff.ts";
import { listFigureHolders as listFigureHoldersUnchecked } from "./figures/list-figure-holders.ts";
import { listStaleContent as listStaleContentUnchecked } from "./staleness/list-stale-content.ts";
import { listMissingTranslations as listMissingTranslationsUnchecked } from "./staleness/list-missing-translations.ts";
import { getIndustryForEditing as getIndustryForEditingUnchecked } from "./industries/get-industry-for-editing.ts";
import { listIndustriesForStaff as listIndustriesForStaffUnchecked } from "./industries/list-industries-for-staff.ts";
import { getContentEditView as getContentEditViewUnchecked } from "./drafts/get-content-edit-view.ts";
import { renderContentPreview as renderContentPreviewUnchecked } from "./drafts/render-content-preview.ts";
import { getPublicContent as getPublicContentUnchecked } from "./content/get-public-content.ts";
import { enquiryRead, staffRead, viewerRead } from "./staff-read.ts";
import type { EditableKind, StaffViewer } from "@ig/domain";
import type { ContentForEditing } from "./content/get-content-for-editing.ts";
export { db } from "./client.ts";
export type { FigureView, Localized, SourceView } from "./dto.ts";
export { listAreas, type AreaOverview } from "./areas/list-areas.ts";
export { listParks, listParksPage, type ParkCard } from "./parks/list-parks.ts";
export { findParks, type ParkPin } from "./parks/find-parks.ts";
export { listParkPositions } from "./parks/list-park-positions.ts";
export { getPark, type ParkDetail } from "./parks/get-park.ts";
export { listSiteCandidates, type SiteCandidateView } from "./parks/list-site-candidates.ts";
export { listNews, listUpcomingEvents, type NewsCard } from "./news/list-news.ts";
export type { NewsEventView } from "./news/news-event-view.ts";
export { getNewsItem, type NewsDetail } from "./news/get-news-item.ts";
export { listProjects, type ProjectCard } from "./projects/list-projects.ts";
export { getProject, type ProjectDetail } from "./projects/get-project.ts";
export { listPartnerCountries } from "./projects/list-partner-countries.ts";
export { listPolicies, type PolicyCard } from "./policies/list-policies.ts";
export { getPolicy, type PolicyDetail } from "./policies/get-policy.ts";
export { listIndustries, type IndustryLink } from "./industries/list-industries.ts";
export { getIndustry } from "./industries/get-industry.ts";
export { getParksForComparison } from "./parks/get-parks-for-comparison.ts";
export { getOpenDataRecord, listOpenData } from "./open-data/read-open-data.ts";
export { listPublishedPaths } from "./sitemap/list-published-paths.ts";
export { searchContent, type SearchResults } from "./search/search-content.ts";
export type { SearchHit } from "./search/find-matches.ts";
export { createEnquiry, type CreatedEnquiry } from "./enquiries/create-enquiry.ts";
export { findSubmittedEnquiry, type SubmittedEnquiry } from "./enquiries/find-submitted-enquiry.ts";
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
export { type DashboardStats } from "./dashboard/get-dashboard-stats.ts";
export { type StaffUserRow } from "./staff/list-staff-users.ts";
export { type StaffAccount } from "./staff/get-staff-account.ts";
export { updateStaffUser } from "./staff/update-staff-user.ts";
export { setStaffUserActive } from "./staff/set-staff-user-active.ts";
export { SelfLockoutError } from "./staff/staff-user-errors.ts";
export { sendPasswordReset } from "./staff/send-password-reset.ts";
export { resetStaffPassword } from "./staff/reset-staff-password.ts";
export { setStaffLocale } from "./staff/set-staff-locale.ts";
export { type AuditChange, type AuditFilter, type AuditPage } from "./audit/list-audit-entries.ts";
export type { AuditName, AuditNames, AuditRecord } from "./audit/resolve-audit-names.ts";
export { type EnquiryRow } from "./enquiries/list-enquiries.ts";
export { type EnquiryForStaff } from "./enquiries/get-enquiry-for-staff.ts";
export { getEnquiryAreaSlugs } from "./enquiries/get-enquiry-area-slugs.ts";
export { assignEnquiry } from "./enquiries/assign-enquiry.ts";
export { addEnquiryNote } from "./enquiries/add-enquiry-note.ts";
export { changeEnquiryStatus } from "./enquiries/change-enquiry-status.ts";
export { EnquiryAssigneeError, EnquiryTransitionError } from "./enquiries/enquiry-errors.ts";
export { type OutboxRow } from "./outbox/list-outbox.ts";
export { retryOutboxEmail } from "./outbox/retry-outbox-email.ts";
export { getOutboxEmailAreaSlugs } from "./outbox/get-outbox-email-area-slugs.ts";
export {
  ContentConflictError,
  ContentInUseError,
  ContentLinkError,
  ContentNotFoundError,
  SlugTakenError,
} from "./content/content-errors.ts";
export { type ContentForEditing } from "./content/get-content-for-editing.ts";
export { type StaffContentRow } from "./content/list-content-for-staff.ts";
export { updateContent } from "./content/update-content.ts";
export { publishContent } from "./content/publish-content.ts";
export { createContent } from "./content/create-content.ts";
export { deleteContent } from "./content/delete-content.ts";
export { type PublicContent } from "./content/get-public-content.ts";
export type { ContentDraftInfo, ContentEditView } from "./drafts/content-draft.ts";
export { saveContentDraft } from "./drafts/save-content-draft.ts";
export { publishContentDraft } from "./drafts/publish-content-draft.ts";
export { discardContentDraft } from "./drafts/discard-content-draft.ts";
export { createContentPreview } from "./drafts/create-content-preview.ts";
export { type FigureForEditing } from "./figures/get-figure-for-editing.ts";
export { type FigureRow } from "./figures/list-figures-for-staff.ts";
export { listSources } from "./figures/list-sources.ts";
export { updateFigure } from "./figures/update-figure.ts";
export { UnknownSourceError } from "./figures/figure-errors.ts";
export { markVerified } from "./staleness/mark-verified.ts";
export { getContentAreas } from "./staleness/get-content-areas.ts";
export { type StaleItem } from "./staleness/list-stale-content.ts";
export { type MissingTranslation } from "./staleness/list-missing-translations.ts";
export { type IndustryForEditing } from "./industries/get-industry-for-editing.ts";
export { updateIndustry } from "./industries/update-industry.ts";
export { createParkImage } from "./images/create-park-image.ts";
export { deleteParkImage } from "./images/delete-park-image.ts";
export { listParkImages, type ParkImage } from "./images/list-park-images.ts";
export { getStoredImage } from "./images/get-stored-image.ts";
export { getParkAreaSlug } from "./images/get-park-area-slug.ts";
export { checkDatabaseHealth, type DatabaseHealth } from "./health/check-database-health.ts";
export { contentVersion } from "./content/content-version.ts";

// Staff reads: the signed-in viewer first, checked against the staff policy (see staff-read.ts).
export const getDashboardStats = enquiryRead("viewer", getDashboardStatsUnchecked);
export const listStaffUsers = staffRead("admin", listStaffUsersUnchecked);
export const getStaffAccount = staffRead("admin", getStaffAccountUnchecked);
export const listAuditEntries = staffRead("admin", listAuditEntriesUnchecked);
export const listEnquiries = enquiryRead("viewer", listEnquiriesUnchecked);
export const getEnquiryForStaff = enquiryRead("viewer", getEnquiryForStaffUnchecked);
export const listEnquiryAssignees = staffRead("viewer", listEnquiryAssigneesUnchecked);
export const listOutbox = enquiryRead("editor", listOutboxUnchecked);
// Spelled out: a generic function loses its type parameter through staffRead.
export const getContentForEditing: <K extends EditableKind>(
  viewer: StaffViewer | null,
  kind: K,
  slug: string,
) => Promise<ContentForEditing<K> | null> = staffRead("viewer", getContentForEditingUnchecked);
export const getContentEditView: <K extends EditableKind>(
  viewer: StaffViewer | null,
  kind: K,
  slug: string,
) => ReturnType<typeof getContentEditViewUnchecked<K>> = viewerRead("viewer", getContentEditViewUnchecked);
export const renderContentPreview = viewerRead("viewer", renderContentPreviewUnchecked);
/** A record's public page content in any status: the staff preview of a saved record. */
export const getStaffPreviewContent = staffRead("viewer", (kind: EditableKind, slug: string) =>
  getPublicContentUnchecked(kind, slug, { draft: true }),
);
export const listContentForStaff = staffRead("viewer", listContentForStaffUnchecked);
export const listContentOwners = staffRead("viewer", listContentOwnersUnchecked);
export const countContentUses = staffRead("viewer", countContentUsesUnchecked);
export const getFigureForEditing = staffRead("viewer", getFigureForEditingUnchecked);
export const listFiguresForStaff = staffRead("viewer", listFiguresForStaffUnchecked);
export const listFigureHolders = staffRead("viewer", listFigureHoldersUnchecked);
export const listStaleContent = staffRead("viewer", listStaleContentUnchecked);
export const listMissingTranslations = staffRead("viewer", listMissingTranslationsUnchecked);
export const getIndustryForEditing = staffRead("viewer", getIndustryForEditingUnchecked);
export const listIndustriesForStaff = staffRead("viewer", listIndustriesForStaffUnchecked);
