import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../launcher/embedded-postgres.ts";
import { ConfigError, loadConfig } from "./index.ts";

const secret = "s".repeat(44);
const message = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("expected a ConfigError");
};

describe("loadConfig", () => {
  it("gives the README's defaults when nothing is set (an empty value counts as unset)", () => {
    const config = loadConfig({ IMAGE_MAX_BYTES: "", PORT: "" });
    expect(config).toMatchObject({
      production: false,
      databaseUrl: undefined,
      port: 3000,
      embeddedPostgres: { dir: ".data/postgres", port: 54329 },
      nextAuthUrl: "http://localhost:3000",
      siteUrl: "http://localhost:3000",
      enquiryLimits: { perIp: 20, perIpNoJs: 5, perEmail: 5 },
      loginFailuresPerIp: 5,
      openDataLimitPerMinute: 300,
      mailFrom: "Inland Gateway <no-reply@localhost>",
      outboxWorker: true,
      logLevel: "info",
      enquiryNotifyEmail: "enquiries@localhost",
      imageDir: ".data/images",
      imageMaxBytes: 5 * 1024 * 1024,
      s3: undefined,
      seedAllowRemote: false,
      benchBaseline: false,
      contentSyncSeconds: 5,
      pageCacheBytes: 64 * 1024 * 1024,
      trustedProxies: 0,
    });
    expect(loadConfig({ PORT: "8080" }).siteUrl).toBe("http://localhost:8080");
  });

  it("stops on malformed numbers, naming each variable, its value and the unit it expects", () => {
    const text = message({
      IMAGE_MAX_BYTES: "5MB",
      ENQUIRY_LIMIT_PER_IP: "2O",
      LOGIN_FAILURES_PER_IP: "abc",
    });
    expect(text).toContain('IMAGE_MAX_BYTES is "5MB": expected a whole number of bytes');
    expect(text).toContain('ENQUIRY_LIMIT_PER_IP is "2O": expected a whole number of enquiries per hour');
    expect(text).toContain('LOGIN_FAILURES_PER_IP is "abc": expected a whole number of failed sign-ins');
    for (const bad of ["0", "-1", "1.5", "1e6", " 5", "0x10", "99999999999999999"])
      expect(message({ ENQUIRY_LIMIT_PER_EMAIL: bad })).toContain("ENQUIRY_LIMIT_PER_EMAIL");
    expect(message({ PORT: "70000" })).toContain("PORT");
    expect(message({ CONTENT_SYNC_SECONDS: "five" })).toContain("CONTENT_SYNC_SECONDS");
    expect(loadConfig({ CONTENT_SYNC_SECONDS: "0" }).contentSyncSeconds).toBe(0);
    expect(message({ PAGE_CACHE_MB: "64MB" })).toContain("PAGE_CACHE_MB");
    expect(loadConfig({ PAGE_CACHE_MB: "0" }).pageCacheBytes).toBe(0);
  });

  it("checks choices, URLs and addresses", () => {
    expect(message({ OUTBOX_WORKER: "false" })).toContain("OUTBOX_WORKER");
    expect(message({ LOG_LEVEL: "verbose" })).toContain("expected one of debug, info, warn, error");
    expect(message({ SITE_URL: "invest.example.cn" })).toContain("SITE_URL");
    expect(message({ SMTP_URL: "http://mail.example.com" })).toContain("SMTP_URL");
    expect(message({ ENQUIRY_NOTIFY_EMAIL: "staff" })).toContain("ENQUIRY_NOTIFY_EMAIL");
    expect(message({ SEED_ALLOW_REMOTE: "yes" })).toContain("SEED_ALLOW_REMOTE");
    expect(message({ BENCH_BASELINE: "on" })).toContain("BENCH_BASELINE");
    expect(loadConfig({ BENCH_BASELINE: "1" }).benchBaseline).toBe(true);
    expect(loadConfig({ MAIL_FROM: "Portal <no-reply@example.cn>" }).mailFrom).toBe(
      "Portal <no-reply@example.cn>",
    );
  });

  it("reads APP_TIME_ZONE as an IANA zone, China time by default", () => {
    expect(loadConfig({}).timeZone).toBe("Asia/Shanghai");
    expect(loadConfig({ APP_TIME_ZONE: "Europe/Berlin" }).timeZone).toBe("Europe/Berlin");
    for (const bad of ["China", "Asia/Chengdu", "+08:00"])
      expect(message({ APP_TIME_ZONE: bad })).toContain("APP_TIME_ZONE");
  });

  it("reads TRUSTED_PROXIES as a hop count or a list of addresses and CIDRs", () => {
    expect(loadConfig({ TRUSTED_PROXIES: "1" }).trustedProxies).toBe(1);
    expect(loadConfig({ TRUSTED_PROXIES: "10.0.0.0/8, fd00::/8,192.0.2.1" }).trustedProxies).toEqual([
      "10.0.0.0/8",
      "fd00::/8",
      "192.0.2.1",
    ]);
    for (const bad of ["10.0.0.0/33", "fd00::/129", "10.0.0.0/8/8", "loadbalancer", "10.0.0.0/x", "1,2"])
      expect(message({ TRUSTED_PROXIES: bad })).toContain("TRUSTED_PROXIES");
  });

  it("hides secrets in its messages and checks the database URL's pool and TLS settings", () => {
    const text = message({ DATABASE_URL: "postgresql://app:hunter2@db:5432/ig?connection_limit=ten" });
    expect(text).toContain("DATABASE_URL (value hidden)");
    expect(text).not.toContain("hunter2");
    expect(message({ DATABASE_URL: "mysql://db/ig" })).toContain("DATABASE_URL");
    expect(message({ DATABASE_URL: "postgresql://db/ig?sslmode=sometimes" })).toContain("DATABASE_URL");
    const short = message({ NEXTAUTH_SECRET: "short-secret" });
    expect(short).toContain(
      "NEXTAUTH_SECRET (value hidden): expected a random value of at least 32 characters",
    );
    expect(short).not.toContain("short-secret");
  });

  it("requires NEXTAUTH_SECRET in production (not while `next build` compiles), and the keys with S3_BUCKET", () => {
    expect(message({ NODE_ENV: "production" })).toContain(
      "NEXTAUTH_SECRET is not set: required in production",
    );
    expect(message({ NODE_ENV: "production", NEXTAUTH_SECRET: "" })).toContain("NEXTAUTH_SECRET is not set");
    expect(loadConfig({ NODE_ENV: "production", NEXTAUTH_SECRET: secret }).production).toBe(true);
    expect(loadConfig({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" }).production).toBe(
      false,
    );
    const s3 = message({ S3_BUCKET: "images" });
    expect(s3).toContain("S3_ACCESS_KEY_ID is not set: required when S3_BUCKET is set");
    expect(s3).toContain("S3_SECRET_ACCESS_KEY is not set: required when S3_BUCKET is set");
    expect(
      loadConfig({
        S3_BUCKET: "images",
        S3_ACCESS_KEY_ID: "id",
        S3_SECRET_ACCESS_KEY: "key",
        S3_REGION: "cn-north-1",
      }).s3,
    ).toEqual({
      bucket: "images",
      endpoint: "https://s3.cn-north-1.amazonaws.com",
      region: "cn-north-1",
      accessKeyId: "id",
      secretAccessKey: "key",
      sessionToken: undefined,
    });
  });
});

describe("the launcher (pnpm start, pnpm dev, db:migrate, db:seed)", () => {
  it("stops with exit code 1 and the variable's name before running anything", () => {
    // DATABASE_URL is the test database (test/use-test-database.ts): nothing else would stop it.
    const result = spawnSync(
      path.join(repoRoot, "node_modules/.bin/tsx"),
      ["packages/db/src/launcher/cli.ts", "run", "--", "node", "-e", "console.log('started')"],
      { cwd: repoRoot, encoding: "utf8", env: { ...process.env, IMAGE_MAX_BYTES: "5MB" } },
    );
    expect(result.stderr).toContain('IMAGE_MAX_BYTES is "5MB": expected a whole number of bytes');
    expect(result.stdout).not.toContain("started");
    expect(result.status).toBe(1);
  });
});
