import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { actionBodyLimit } from "./src/server/bad-request-guard";
import { noContentPolicy, securityHeaders, strictTransportSecurity } from "./src/server/security-headers";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

// The migrations this build expects, baked in at build time so /api/health can tell a database
// that is behind even where the deployed build has no prisma/ folder next to it.
const migrationsDir = path.join(process.cwd(), "../../prisma/migrations");
const migrations = existsSync(migrationsDir)
  ? readdirSync(migrationsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
  : [];

// The responses src/proxy.ts does not see (see its matcher): none is HTML but the benchmark's
// static bare page, whose scripts carry no nonce and need not run, so nothing may run.
const unproxied = ["/api/:path*", "/files/:path*", "/_next/static/:path*", "/_next/image", "/baseline"];
const unproxiedHeaders = Object.entries(securityHeaders({ policy: noContentPolicy, https: false })).map(
  ([key, value]) => ({ key, value }),
);
const overHttps = [{ type: "header" as const, key: "x-forwarded-proto", value: "https" }];

const config: NextConfig = {
  // The workspace packages ship TypeScript source.
  transpilePackages: ["@ig/domain", "@ig/db"],
  // Native addons (jieba, the Chinese word segmenter of search) cannot be bundled: Node loads them.
  serverExternalPackages: ["@node-rs/jieba"],
  poweredByHeader: false,
  // Forms post text, never files: a small limit turns oversized posts away before any work.
  experimental: { serverActions: { bodySizeLimit: actionBodyLimit } },
  // Lets several builds of one checkout coexist (e.g. parallel test runs); default ".next".
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  typedRoutes: false,
  env: { BUILD_MIGRATIONS: migrations.join(",") },
  headers: async () =>
    unproxied.flatMap((source) => [
      { source, headers: unproxiedHeaders },
      {
        source,
        has: overHttps,
        headers: [{ key: "Strict-Transport-Security", value: strictTransportSecurity }],
      },
    ]),
};

export default withNextIntl(config);
