-- Rate-limit buckets carry the end of their window, so that expired ones can be found (by index)
-- and deleted: the table holds live windows only instead of one row per address, e-mail and
-- proof-of-work solution ever seen. Existing rows get the longest window in use (one hour).
ALTER TABLE "RateLimitBucket" ADD COLUMN "expiresAt" TIMESTAMP(3);
UPDATE "RateLimitBucket" SET "expiresAt" = "windowStart" + interval '1 hour';
ALTER TABLE "RateLimitBucket" ALTER COLUMN "expiresAt" SET NOT NULL;

CREATE INDEX "RateLimitBucket_expiresAt_idx" ON "RateLimitBucket"("expiresAt");
