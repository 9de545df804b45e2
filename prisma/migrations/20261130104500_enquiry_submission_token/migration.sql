-- A repeated submission of one enquiry form (a double click, a reloaded POST without JavaScript,
-- a client retrying POST /api/enquiries with the same Idempotency-Key) carries the same token.
-- The unique index lets the insert skip a repeat in the same statement (ON CONFLICT DO NOTHING),
-- also when two repeats arrive at once. The hash tells a true repeat from a different enquiry
-- sent with a reused token. Enquiries without a token (API calls without the header) never clash.
-- (No semicolons in these comments: prisma migrate splits the script at every one.)
ALTER TABLE "Enquiry" ADD COLUMN "submissionToken" TEXT, ADD COLUMN "submissionHash" TEXT;
CREATE UNIQUE INDEX "Enquiry_submissionToken_key" ON "Enquiry"("submissionToken");
