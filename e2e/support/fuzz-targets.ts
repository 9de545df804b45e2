// What the fuzz test aims at, read from the code so that a new page, route or action is covered
// without editing the test: the App Router's files under apps/web/src/app and the server actions
// of the production build (its server-reference manifest).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const appDir = path.join(process.cwd(), "apps/web/src/app");
const distDir = path.join(process.cwd(), "apps/web", process.env.NEXT_DIST_DIR ?? ".next");

/** A URL pattern as the file system spells it: "/[locale]/parks/[slug]", route groups dropped. */
export interface Target {
  kind: "page" | "route" | "action";
  pattern: string;
  /** HTTP methods a route handler exports; GET for pages; POST for actions. */
  methods: string[];
  /** Server actions: the id Next.js expects in the Next-Action header, and the export's name. */
  actionId?: string;
  name?: string;
}

// Metadata files answer at fixed paths of their own.
const metadataRoutes: Record<string, string> = { "robots.ts": "/robots.txt", "sitemap.ts": "/sitemap.xml" };

const patternOf = (dir: string) =>
  `/${path
    .relative(appDir, dir)
    .split(path.sep)
    .filter((segment) => segment && !/^\(.*\)$/.test(segment))
    .join("/")}`;

function exportedMethods(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const methods = /\b(?:function|as|const)\s+(GET|HEAD|POST|PUT|PATCH|DELETE)\b/g;
  return [...new Set([...source.matchAll(methods)].map((match) => match[1]!))];
}

/** Every page and route handler of the app. */
export function fileRoutes(dir = appDir): Target[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry): Target[] => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return fileRoutes(file);
    if (entry.name === "page.tsx") return [{ kind: "page", pattern: patternOf(dir), methods: ["GET"] }];
    if (entry.name === "route.ts")
      return [{ kind: "route", pattern: patternOf(dir), methods: exportedMethods(file) }];
    const fixed = dir === appDir ? metadataRoutes[entry.name] : undefined;
    return fixed ? [{ kind: "route", pattern: fixed, methods: ["GET"] }] : [];
  });
}

interface ReferenceManifest {
  node: Record<string, { workers: Record<string, unknown>; exportedName?: string }>;
}

/** Every server action of the build, with a page it is posted to ("app/[locale]/enquiry/page"). */
export function serverActions(): Target[] {
  const manifest = JSON.parse(
    readFileSync(path.join(distDir, "server/server-reference-manifest.json"), "utf8"),
  ) as ReferenceManifest;
  return Object.entries(manifest.node).map(([actionId, { workers, exportedName }]) => {
    const page = Object.keys(workers)[0]!
      .replace(/^app/, "")
      .replace(/\/page$/, "");
    return {
      kind: "action",
      pattern:
        page
          .split("/")
          .filter((segment) => !/^\(.*\)$/.test(segment))
          .join("/") || "/",
      methods: ["POST"],
      actionId,
      name: exportedName,
    };
  });
}
