/** What `pnpm bench` loads, with the goals of issue #6 (BENCHMARKS.md). */
export interface Target {
  name: string;
  path: string;
  /** A POST with a fresh JSON body per request; a GET otherwise. */
  body?: () => string;
  goal: string;
  met: (r: { ratio: number; p95: number; p99: number; rps: number }, connections: number) => boolean | null;
}

const cachedPage = (name: string, path: string): Target => ({
  name,
  path,
  goal: "≥ 0.8× baseline, p99 < 50 ms at 32",
  met: (r, connections) => (connections === 32 ? r.ratio >= 0.8 && r.p99 < 50 : null),
});
const search = (name: string, path: string): Target => ({
  name,
  path,
  goal: "p95 < 30 ms",
  met: (r) => r.p95 < 30,
});

let sequence = 0;
export const targets: Target[] = [
  { name: "baseline (bare page)", path: "/baseline", goal: "—", met: () => null },
  cachedPage("home", "/en"),
  cachedPage("parks list, filtered", "/en/parks?area=liangjiang&type=bonded-zone"),
  cachedPage("park page", "/en/parks/guoyuan-bonded-logistics-center"),
  cachedPage("project page", "/en/projects/tianqi-lithium-global-rd-center"),
  cachedPage("API list, filtered", "/api/v1/parks?area=liangjiang&type=bonded-zone"),
  cachedPage("API record", "/api/v1/parks/guoyuan-bonded-logistics-center"),
  search("search, English", "/en/search?q=bonded%20logistics"),
  search("search, Chinese", `/zh/search?q=${encodeURIComponent("保税")}`),
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
