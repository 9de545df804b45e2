-- Draft revisions of published records, and the form values staff preview (issue 10).
-- A draft belongs to one record of one kind (no foreign key: the table depends on the kind),
-- and is removed with it by deleteContent. A preview lives minutes and goes with its author.
-- (No semicolons in these comments: prisma migrate splits the script at every one.)
CREATE TABLE "ContentDraft" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "baseVersion" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "authorId" TEXT,
    "savedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ContentDraft_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ContentDraft_kind_recordId_key" ON "ContentDraft"("kind", "recordId");
ALTER TABLE "ContentDraft" ADD CONSTRAINT "ContentDraft_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "ContentPreview" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "staffUserId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ContentPreview_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "ContentPreview_createdAt_idx" ON "ContentPreview"("createdAt");
ALTER TABLE "ContentPreview" ADD CONSTRAINT "ContentPreview_staffUserId_fkey" FOREIGN KEY ("staffUserId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;
