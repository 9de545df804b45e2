import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { promisify } from "node:util";

const run = promisify(execFile);
// Lighthouse 13 needs Node.js 22; 12.8 is the last for Node.js 20. Fetched on first use by npx.
const lighthouse = "lighthouse@12.8.2";

export type Scores = Record<"performance" | "accessibility" | "best-practices" | "seo", number>;

/** Lighthouse's four category scores (0–100) for a page, mobile profile, in Debian's Chromium. */
export async function lighthouseScores(url: string): Promise<Scores> {
  const chrome =
    process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const { stdout } = await run(
    "npx",
    [
      "--yes",
      lighthouse,
      url,
      "--output=json",
      "--output-path=stdout",
      "--quiet",
      "--only-categories=performance,accessibility,best-practices,seo",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run",
    ],
    { env: { ...process.env, ...(chrome && { CHROME_PATH: chrome }) }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout) as { categories: Record<keyof Scores, { score: number }> };
  const score = (key: keyof Scores) => Math.round(report.categories[key].score * 100);
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    "best-practices": score("best-practices"),
    seo: score("seo"),
  };
}
