/** What `pnpm bench:pages` loads, with the goals of issue 13 (BENCHMARKS.md). */
export interface Target {
  name: string;
  path: string;
  /** A POST with a fresh JSON body per request; a GET otherwise. */
  body?: () => string;
  /** An HTML page: every response must carry a fresh nonce of its own (fresh-nonce.ts). */
  page?: boolean;
  goal: string;
  met: (r: { ratio: number; p95: number; p99: number; rps: number }, connections: number) => boolean | null;
}

const publicPage = (name: string, path: string): Target => ({
  name,
  path,
  page: true,
  goal: "≥ 0.5× baseline, p99 < 50 ms at 32",
  met: (r, connections) => (connections === 32 ? r.ratio >= 0.5 && r.p99 < 50 : null),
});
const search = (name: string, path: string): Target => ({
  name,
  path,
  page: true,
  goal: "p99 < 100 ms at 32",
  met: (r, connections) => (connections === 32 ? r.p99 < 100 : null),
});
const openData = (name: string, path: string): Target => ({
  name,
  path,
  goal: "≥ 0.5× baseline at 32",
  met: (r, connections) => (connections === 32 ? r.ratio >= 0.5 : null),
});

/** Each public page of issue 13, in English and in Chinese. */
const bothLanguages = (name: string, path: string) =>
  (["en", "zh"] as const).map((locale) => publicPage(`${name} (${locale})`, `/${locale}${path}`));

let sequence = 0;
export const targets: Target[] = [
  // A static page prerendered at build (app/baseline): the framework's limit, served by the same server.
  { name: "baseline (static page)", path: "/baseline", goal: "—", met: () => null },
  ...bothLanguages("home", ""),
  ...bothLanguages("parks list, filtered", "/parks?area=liangjiang&type=bonded-zone"),
  ...bothLanguages("park page", "/parks/guoyuan-bonded-logistics-center"),
  ...bothLanguages("project page", "/projects/tianqi-lithium-global-rd-center"),
  ...bothLanguages("policy page", "/policies/customs-bank-one-key-pass"),
  ...bothLanguages("news page", "/news/sichuan-chongqing-pilot-ftz-collaborative-opening-up-2024"),
  search("search, English", "/en/search?q=bonded%20logistics"),
  search("search, Chinese", `/zh/search?q=${encodeURIComponent("锂")}`),
  openData("API list, filtered", "/api/v1/parks?area=liangjiang&type=bonded-zone"),
  openData("API record", "/api/v1/parks/guoyuan-bonded-logistics-center"),
  {
    name: "enquiry submission",
    path: "/api/enquiries",
    body: () =>
      JSON.stringify({
        name: "Bench Investor",
        email: `bench.${process.pid}.${sequence++}@example.com`,
        company: "Load Test Ltd",
        country: "SG",
        sizeBand: "10m-100m",
        parks: ["guoyuan-bonded-logistics-center"],
        message: "Measuring how many enquiries the portal stores per second.",
        language: "en",
        consent: true,
      }),
    goal: "≥ 300/s, p99 < 150 ms at 32",
    met: (r, connections) => (connections === 32 ? r.rps >= 300 && r.p99 < 150 : null),
  },
];

/** Public routes whose first-load JavaScript `pnpm bench` weighs, with the bare page as reference. */
export const weighedRoutes = [
  "/baseline",
  "/en",
  "/en/parks",
  "/en/parks/guoyuan-bonded-logistics-center",
  "/en/projects",
  "/en/projects/tianqi-lithium-global-rd-center",
  "/en/policies",
  "/en/news",
  "/en/search?q=bonded",
  "/en/compare?parks=guoyuan-bonded-logistics-center",
  "/en/map",
  "/en/enquiry",
];

/** Pages Lighthouse audits (mobile profile). */
export const lighthouseRoutes = ["/en", "/en/parks", "/en/parks/guoyuan-bonded-logistics-center"];
