import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const config: NextConfig = {
  // The workspace packages ship TypeScript source.
  transpilePackages: ["@ig/domain", "@ig/db"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default withNextIntl(config);
