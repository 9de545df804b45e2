// Prisma CLI configuration: the WASM schema engine through the pg driver adapter, so that no
// native engine is ever downloaded (this project builds where only the npm registry is reachable).
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";
import { connectionSettings } from "./src/connection-settings.ts";

// The CLI ignores engineType = "client" (and downloads an engine) unless DATABASE_URL resolves.
process.env.DATABASE_URL ??= "postgresql://postgres@localhost:54329/inland_gateway";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "../../prisma/schema.prisma",
  migrations: { path: "../../prisma/migrations" },
  async adapter() {
    return new PrismaPg(connectionSettings(process.env.DATABASE_URL!));
  },
});
