-- Bilingual search. "searchText" holds the NFKC-normalised, lower-cased text of every locale, the
-- Chinese part already cut into words by jieba in the data layer (PostgreSQL has no Chinese parser),
-- words separated by spaces. "searchVector" is a tsvector generated from it with the english
-- configuration (English words stemmed, the space-separated Chinese words pass through whole),
-- for word and prefix matches ranked by ts_rank. PostgreSQL generates it, so no writer can forget it.

-- AlterTable
ALTER TABLE "NewsItem" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, "searchText")) STORED;

-- AlterTable
ALTER TABLE "Park" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, "searchText")) STORED;

-- AlterTable
ALTER TABLE "Policy" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, "searchText")) STORED;

-- AlterTable
ALTER TABLE "Project" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, "searchText")) STORED;

-- CreateIndex
CREATE INDEX "NewsItem_searchVector_idx" ON "NewsItem" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Park_searchVector_idx" ON "Park" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Policy_searchVector_idx" ON "Policy" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Project_searchVector_idx" ON "Project" USING GIN ("searchVector");

-- Typo tolerance: the distinct words of published content that have Latin letters (trigrams tell
-- nothing about a two-character Chinese word), with a pg_trgm index. A query word found nowhere is
-- replaced by its closest words here ("logstics" becomes "logistics"), which is far cheaper than
-- comparing the query with every record's text. The data layer refreshes it (refreshSearchWords),
-- and Prisma does not manage materialized views, so it lives only here.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE MATERIALIZED VIEW "SearchWord" AS
SELECT DISTINCT word FROM (
  SELECT unnest(string_to_array("searchText", ' ')) AS word FROM "Park" WHERE status = 'published'
  UNION ALL
  SELECT unnest(string_to_array("searchText", ' ')) FROM "Project" WHERE status = 'published'
  UNION ALL
  SELECT unnest(string_to_array("searchText", ' ')) FROM "Policy" WHERE status = 'published'
  UNION ALL
  SELECT unnest(string_to_array("searchText", ' ')) FROM "NewsItem" WHERE status = 'published'
) words
WHERE length(word) >= 3 AND word ~ '[a-z]';

-- The unique index lets REFRESH ... CONCURRENTLY run while searches read the view.
CREATE UNIQUE INDEX "SearchWord_word_key" ON "SearchWord" (word);

CREATE INDEX "SearchWord_word_trgm_idx" ON "SearchWord" USING GIN (word gin_trgm_ops);
