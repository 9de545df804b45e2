-- The parks and policies lists read their first page through an index in the list's own order
-- (as the projects list does since project_sort_indexes): at 100× volume (10,000 parks, 5,000
-- policies) both sorted every published record for each page. Parks sort featured first, then by
-- slug, unfiltered or within a new area and type, and policies by their first day in force, latest
-- first and undated last, then by slug. Prisma's schema language cannot say NULLS LAST, so the
-- policies index lives in this migration only (see the note on model Policy in schema.prisma).
DROP INDEX "Park_status_featured_idx";
DROP INDEX "Park_status_areaId_type_idx";

CREATE INDEX "Park_status_featured_slug_idx" ON "Park" ("status", "featured" DESC, "slug");

CREATE INDEX "Park_status_areaId_type_featured_slug_idx" ON "Park" ("status", "areaId", "type", "featured" DESC, "slug");

CREATE INDEX "Policy_status_list_sort_idx" ON "Policy" ("status", "effectiveFrom" DESC NULLS LAST, "slug");
