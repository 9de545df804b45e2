import { expect, type APIRequestContext } from "@playwright/test";

/**
 * Sends an enquiry through the public API (POST /api/enquiries, JSON) as an investor's script
 * would, so it gets its reference, areas and e-mails exactly as real ones do; `overrides` replace
 * the fields of a valid enquiry from a German company (a fresh e-mail address each time). Fails
 * the test unless the answer is 201. Its reference.
 */
export async function enquire(request: APIRequestContext, overrides: Record<string, unknown> = {}) {
  const response = await request.post("/api/enquiries", {
    data: {
      name: "Lena Fischer",
      email: `investor.${Date.now().toString(36)}.${Math.random().toString(36).slice(2)}@example.de`,
      company: "Fischer Antriebe GmbH",
      country: "DE",
      sizeBand: "undecided",
      message: "We look for a site for a drive-train plant.",
      language: "en",
      consent: true,
      ...overrides,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { reference: string }).reference;
}
