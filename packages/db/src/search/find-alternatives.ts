import { log } from "../log.ts";
import { db } from "../client.ts";
import { escapeLike } from "../like-pattern.ts";
import { refreshSearchWords } from "./refresh-search-words.ts";

/** Only words like those the vocabulary keeps (see the "search" migration) have alternatives. */
const hasAlternatives = (token: string) => token.length >= 3 && /[a-z]/.test(token);
/** Trigram similarity a replacement needs ("logstics" and "logistics" share 0.58). */
const minSimilarity = 0.4;
/** The vocabulary is a snapshot of published content, retaken in the background this often. */
const refreshEvery = 10 * 60_000;
let firstRefresh: Promise<void> | undefined;
let refreshedAt = 0;

/**
 * For each query word that is no word of published content, up to three that are, best first:
 * words it begins ("lith": "lithium") or close spellings ("logstics": "logistics"). Words with
 * neither are left out.
 */
export async function findAlternatives(tokens: string[]): Promise<Map<string, string[]>> {
  const candidates = tokens.filter(hasAlternatives);
  if (candidates.length === 0) return new Map();
  await keepVocabularyFresh();
  const rows = await db().$queryRaw<{ token: string; words: string[] }[]>`
    SELECT t.token, array_agg(w.word ORDER BY w.completes DESC, w.similarity DESC, w.word) AS words
    FROM unnest(${candidates}::text[], ${candidates.map(escapeLike)}::text[]) AS t(token, literal)
    CROSS JOIN LATERAL (
      SELECT word, word LIKE t.literal || '%' AS completes, similarity(word, t.token) AS similarity
      FROM "SearchWord"
      WHERE word LIKE t.literal || '%' OR (word % t.token AND similarity(word, t.token) >= ${minSimilarity})
      ORDER BY completes DESC, similarity DESC, word LIMIT 3
    ) w
    WHERE NOT EXISTS (SELECT 1 FROM "SearchWord" k WHERE k.word = t.token)
    GROUP BY t.token`;
  return new Map(rows.map((row) => [row.token, row.words]));
}

// A new instance waits for its first refresh, so that content seeded or imported since the last
// one is known; after that, searches never wait for one. A failed refresh leaves the last snapshot.
async function keepVocabularyFresh() {
  const refresh = () => {
    refreshedAt = Date.now();
    return refreshSearchWords().catch((error: unknown) =>
      log.error("search vocabulary refresh failed", { component: "search", error }),
    );
  };
  firstRefresh ??= refresh();
  await firstRefresh;
  if (Date.now() - refreshedAt >= refreshEvery) void refresh();
}
