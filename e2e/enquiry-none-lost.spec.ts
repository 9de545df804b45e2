import { expect, test } from "@playwright/test";
import type pg from "pg";
import { queryAt } from "./database";
import { startCluster } from "./support/cluster";
import { proofOfWork } from "./support/proof-of-work";

// Enquiries sent all at once to two instances of the build (as `pnpm bench:pages` sends them, not
// timed here): every 201 is a stored enquiry with its two outbox e-mails, and nothing else fails.
// All requests come from this machine, so the per-address limits are raised for this cluster
// only, the way bench/start-server.ts raises them; each enquiry has its own e-mail address.
test.describe.configure({ mode: "serial", timeout: 240_000 });

let cluster: Awaited<ReturnType<typeof startCluster>>;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  cluster = await startCluster(
    {
      OUTBOX_WORKER: "off",
      CONTENT_SYNC_SECONDS: "0",
      ENQUIRY_LIMIT_PER_IP: "100000",
      ENQUIRY_LIMIT_PER_IP_NO_JS: "100000",
    },
    { slot: 5 },
  );
});
test.afterAll(async () => cluster?.stop());

const sql = <T extends pg.QueryResultRow>(text: string, params: unknown[] = []) =>
  queryAt<T>(cluster.databaseUrl, text, params);

const post = async (base: string, email: string, company: string, proof?: string) => {
  const response = await fetch(`${base}/api/enquiries`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      name: "Load Investor",
      email,
      company,
      country: "SG",
      sizeBand: "10m-100m",
      parks: ["guoyuan-bonded-logistics-center"],
      message: "Checking that no enquiry is lost under load.",
      language: "en",
      consent: true,
      proof,
    }),
  });
  const body = (await response.json().catch(() => ({}))) as { reference?: string };
  return { status: response.status, reference: body.reference };
};

interface Stored {
  reference: string;
  status: string;
  copies: string;
  emails: string;
  to_investor: string;
}
const stored = (companyPattern: string) =>
  sql<Stored>(
    `SELECT e.reference, e.status, count(*) OVER (PARTITION BY e.reference) AS copies,
       (SELECT count(*) FROM "OutboxEmail" o WHERE o."enquiryId" = e.id) AS emails,
       (SELECT count(*) FROM "OutboxEmail" o WHERE o."enquiryId" = e.id AND o."to" = e.email) AS to_investor
     FROM "Enquiry" e WHERE e.company LIKE $1`,
    [companyPattern],
  );

test("100 enquiries at once, half with proof of work: each 201 is stored exactly once with its two e-mails", async () => {
  const [a, b] = cluster.urls;
  const marker = `none-lost-${Date.now()}`;
  // Solved before the burst, so the 100 requests really are in flight together; the instances
  // share the key, so a challenge of A is good on B. Even ones carry a proof, odd ones (no JavaScript) none.
  const proofs = await Promise.all(Array.from({ length: 50 }, () => proofOfWork(a)));
  const results = await Promise.all(
    Array.from({ length: 100 }, (_, i) =>
      post(i % 2 ? b : a, `n${i}.${marker}@example.com`, `${marker} ${i}`, i % 2 ? undefined : proofs[i / 2]),
    ),
  );
  expect(results.map((r) => r.status).filter((status) => status !== 201)).toEqual([]);
  const references = results.map((r) => r.reference!);
  expect(new Set(references).size).toBe(100);
  const rows = await stored(`${marker} %`);
  expect(rows).toHaveLength(100);
  expect(rows.map((r) => r.reference).sort()).toEqual([...references].sort());
  for (const row of rows) {
    expect(row).toEqual({
      reference: row.reference,
      status: "new",
      copies: "1",
      emails: "2",
      to_investor: "1",
    });
  }
});

test("a proof of work counts once: the same solution again is kept as spam and e-mails nobody", async () => {
  const [a] = cluster.urls;
  const marker = `replayed-${Date.now()}`;
  const proof = await proofOfWork(a);
  const first = await post(a, `first.${marker}@example.com`, `${marker} first`, proof);
  const again = await post(a, `again.${marker}@example.com`, `${marker} again`, proof);
  expect([first.status, again.status]).toEqual([201, 201]);
  const rows = await stored(`${marker} %`);
  const byReference = new Map(rows.map((r) => [r.reference, r]));
  expect(byReference.get(first.reference!)).toMatchObject({ status: "new", emails: "2" });
  expect(byReference.get(again.reference!)).toMatchObject({ status: "spam", emails: "0" });
});
