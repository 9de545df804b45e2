-- News items about an event (conference, forum, signing, fair, ceremony) carry its kind, its China
-- calendar days and its place, and the list shows upcoming events first. Kind, first day and place come
-- together or not at all (the last day is null for a one-day event): a half-filled
-- event cannot be listed or dated. eventKind is checked by zod (packages/domain eventKinds).
ALTER TABLE "NewsItem" ADD COLUMN "eventKind" TEXT,
  ADD COLUMN "eventStartsOn" DATE,
  ADD COLUMN "eventEndsOn" DATE,
  ADD COLUMN "eventPlace" JSONB;

ALTER TABLE "NewsItem" ADD CONSTRAINT "NewsItem_event_complete" CHECK (
  ("eventKind" IS NULL AND "eventStartsOn" IS NULL AND "eventEndsOn" IS NULL AND "eventPlace" IS NULL)
  OR ("eventKind" IS NOT NULL AND "eventStartsOn" IS NOT NULL AND "eventPlace" IS NOT NULL
      AND ("eventEndsOn" IS NULL OR "eventEndsOn" >= "eventStartsOn"))
);

CREATE INDEX "NewsItem_status_eventStartsOn_idx" ON "NewsItem"("status", "eventStartsOn");
