-- One row per staff sign-in, so that signing out, a password reset, a role or area change and
-- deactivation end sessions at once instead of when the cookie expires.
CREATE TABLE "StaffSession" (
    "id" TEXT NOT NULL,
    "staffUserId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StaffSession_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "StaffSession_staffUserId_idx" ON "StaffSession"("staffUserId");

CREATE INDEX "StaffSession_expiresAt_idx" ON "StaffSession"("expiresAt");

ALTER TABLE "StaffSession" ADD CONSTRAINT "StaffSession_staffUserId_fkey" FOREIGN KEY ("staffUserId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;
