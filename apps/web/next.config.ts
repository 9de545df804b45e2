import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const config: NextConfig = {
  // The workspace packages ship TypeScript source.
  transpilePackages: ["@ig/domain", "@ig/db"],
  // Native addons (jieba, the Chinese word segmenter of search) cannot be bundled: Node loads them.
  serverExternalPackages: ["@node-rs/jieba"],
  poweredByHeader: false,
  // Forms post text, never files: a small limit turns oversized posts away before any work.
  experimental: { serverActions: { bodySizeLimit: "64kb" } },
  // Lets several builds of one checkout coexist (e.g. parallel test runs); default ".next".
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  typedRoutes: false,
};

export default withNextIntl(config);
