import { isIP } from "node:net";
import { z } from "zod";
import { defaultTimeZone, isTimeZone } from "@ig/domain/app-time";
import { logLevels, type LogLevel } from "@ig/domain/log";

/** Where S3-compatible storage keeps uploaded images (all five S3_* variables). */
export interface S3Settings {
  bucket: string;
  /** Service URL without a trailing slash, e.g. `http://localhost:9000` for MinIO. */
  endpoint: string;
  /** Signing region, e.g. `us-east-1`. */
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** S3_SESSION_TOKEN: goes with temporary credentials (an IAM role, STS). */
  sessionToken: string | undefined;
}

/**
 * Every runtime setting of the portal, its outbox worker and its CLIs, parsed from the
 * environment once (see load-config.ts). Names and defaults: README.md, Configuration.
 */
export interface Config {
  /** NODE_ENV=production outside `next build`: secrets must then be set (NEXTAUTH_SECRET). */
  production: boolean;
  /** DATABASE_URL; unset: the launcher starts the embedded PostgreSQL and provides its URL. */
  databaseUrl: string | undefined;
  /** PORT: the TCP port the portal listens on (3000). */
  port: number;
  /** EMBEDDED_PG_DIR (relative to the repository) and EMBEDDED_PG_PORT of the embedded PostgreSQL. */
  embeddedPostgres: { dir: string; port: number };
  /** NEXTAUTH_URL: the public origin next-auth sees (default `http://localhost:$PORT`). */
  nextAuthUrl: string;
  /** NEXTAUTH_SECRET (at least 32 characters): signs sessions; derived keys come from it too. */
  nextAuthSecret: string | undefined;
  /** SITE_URL: the public origin for canonical URLs and e-mail links (default `http://localhost:$PORT`). */
  siteUrl: string;
  /** ALTCHA_HMAC_KEY (at least 32 characters); unset: derived from NEXTAUTH_SECRET. */
  altchaHmacKey: string | undefined;
  /** Enquiries per hour: per address with proof of work (20), without it (5), per e-mail address (5). */
  enquiryLimits: { perIp: number; perIpNoJs: number; perEmail: number };
  /** OPEN_DATA_LIMIT_PER_MINUTE: requests to the open-data API (/api/v1) per address per minute (300). */
  openDataLimitPerMinute: number;
  /** LOGIN_FAILURES_PER_IP: failed staff sign-ins per address per 15 minutes (5). */
  loginFailuresPerIp: number;
  /** SMTP_URL (smtp:// or smtps://); unset: e-mails stay in the outbox. */
  smtpUrl: string | undefined;
  /** MAIL_FROM: the sender of every e-mail. */
  mailFrom: string;
  /** OUTBOX_WORKER=on|off: whether each app instance delivers the outbox. */
  outboxWorker: boolean;
  /** LOG_LEVEL: least severe level logged. */
  logLevel: LogLevel;
  /** ENQUIRY_NOTIFY_EMAIL: staff notifications while no active account covers the area. */
  enquiryNotifyEmail: string;
  /** IMAGE_DIR: folder of uploaded images (relative to the repository) while no S3 bucket is set. */
  imageDir: string;
  /** IMAGE_MAX_BYTES: the largest image file staff may upload, in bytes (5 MiB). */
  imageMaxBytes: number;
  /** The S3 bucket when S3_BUCKET is set (then its keys are required). */
  s3: S3Settings | undefined;
  /** SEED_ALLOW_REMOTE=1 lets `pnpm db:seed` write to a database that is not on localhost. */
  seedAllowRemote: boolean;
  /** BENCH_BASELINE=1 serves `/baseline`, the benchmark's bare static page; otherwise it is a 404. */
  benchBaseline: boolean;
  /** CONTENT_SYNC_SECONDS: how often each instance checks for content changed elsewhere; 0 = off. */
  contentSyncSeconds: number;
  /**
   * PAGE_CACHE_MB: memory each instance may spend on rendered public pages (apps/web/src/server/
   * page-cache.ts), in bytes (from megabytes; 64 MB); 0 turns the cache off.
   */
  pageCacheBytes: number;
  /**
   * TRUSTED_PROXIES: how much of X-Forwarded-For to believe. A number counts the proxy hops in
   * front of the portal (0: none, the default); a list holds the proxies' addresses or CIDRs.
   */
  trustedProxies: number | string[];
  /**
   * APP_TIME_ZONE: the IANA zone of every date and time shown, every day filter, the staleness cut
   * and the enquiry working days (Asia/Shanghai).
   */
  timeZone: string;
}

/**
 * One environment variable: unset or empty means "use the default"; any other value must pass
 * `parse`, or the start stops with `expects` (what a valid value looks like).
 */
function variable<T>(expects: string, parse: (raw: string) => T | undefined) {
  return z
    .string()
    .optional()
    .transform((raw, ctx): T | undefined => {
      if (raw === undefined || raw === "") return undefined;
      const value = parse(raw);
      if (value === undefined) ctx.addIssue({ code: "custom", message: expects, input: raw });
      return value;
    });
}

const wholeNumber =
  (min: number, max = Number.MAX_SAFE_INTEGER) =>
  (raw: string) =>
    /^\d{1,15}$/.test(raw) && Number(raw) >= min && Number(raw) <= max ? Number(raw) : undefined;

const count = (unit: string, example: number) =>
  variable(`a whole number of ${unit}, at least 1 (e.g. ${example})`, wholeNumber(1));

const port = variable("a TCP port number from 1 to 65535", wholeNumber(1, 65535));

const text = (expects: string) => variable(expects, (raw) => (raw.trim() ? raw : undefined));

const secret = (what: string) =>
  variable(`${what} of at least 32 characters (e.g. \`openssl rand -base64 32\`)`, (raw) =>
    raw.length >= 32 ? raw : undefined,
  );

function url(protocols: string[], check: (url: URL) => boolean = () => true) {
  return (raw: string) => {
    try {
      const parsed = new URL(raw);
      return protocols.includes(parsed.protocol) && parsed.hostname && check(parsed) ? raw : undefined;
    } catch {
      return undefined;
    }
  };
}

const httpUrl = (example: string) =>
  variable(`an http:// or https:// URL (e.g. ${example})`, url(["http:", "https:"]));

const sslModes = ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"];
const databaseUrl = variable(
  "a postgresql://user:password@host:5432/database URL; `connection_limit` a whole number ≥ 1 and `sslmode` one of " +
    sslModes.join(", "),
  url(["postgresql:", "postgres:"], ({ searchParams }) => {
    const limit = searchParams.get("connection_limit");
    const sslmode = searchParams.get("sslmode");
    return (
      (limit === null || wholeNumber(1)(limit) !== undefined) &&
      (sslmode === null || sslModes.includes(sslmode))
    );
  }),
);

const emailAddress = /^[^\s@<>]+@[^\s@<>]+$/;

/** An IP address, or one with a prefix length (`10.0.0.0/8`, `2001:db8::/32`). */
function isAddressOrCidr(entry: string): boolean {
  const [address = "", prefix, ...rest] = entry.split("/");
  const family = isIP(address);
  if (!family || rest.length) return false;
  return prefix === undefined || wholeNumber(1, family === 4 ? 32 : 128)(prefix) !== undefined;
}

const trustedProxies = variable(
  "a number of proxy hops (e.g. 1) or a comma-separated list of proxy addresses or CIDRs (e.g. 10.0.0.0/8, fd00::/8)",
  (raw): number | string[] | undefined => {
    if (/^\d+$/.test(raw)) return wholeNumber(0, 20)(raw);
    const entries = raw.split(",").map((entry) => entry.trim());
    return entries.every(isAddressOrCidr) ? entries : undefined;
  },
);

const choice = <T extends string>(values: readonly T[]) =>
  variable(`one of ${values.join(", ")}`, (raw) => values.find((value) => value === raw));

/** The variables as set: each checked on its own; defaults and rules across variables follow. */
const ZEnvironment = z.object({
  NODE_ENV: z.string().optional(),
  NEXT_PHASE: z.string().optional(),
  DATABASE_URL: databaseUrl,
  PORT: port,
  EMBEDDED_PG_DIR: text("a folder (relative to the repository)"),
  EMBEDDED_PG_PORT: port,
  NEXTAUTH_URL: httpUrl("https://invest.example.cn"),
  NEXTAUTH_SECRET: secret("a random value"),
  SITE_URL: httpUrl("https://invest.example.cn"),
  ALTCHA_HMAC_KEY: secret("a random value"),
  ENQUIRY_LIMIT_PER_IP: count("enquiries per hour", 20),
  ENQUIRY_LIMIT_PER_IP_NO_JS: count("enquiries per hour", 5),
  ENQUIRY_LIMIT_PER_EMAIL: count("enquiries per hour", 5),
  LOGIN_FAILURES_PER_IP: count("failed sign-ins per 15 minutes", 5),
  OPEN_DATA_LIMIT_PER_MINUTE: count("requests per minute", 300),
  SMTP_URL: variable(
    "an smtp:// or smtps:// URL (e.g. smtp://user:pass@mail.example.com:587)",
    url(["smtp:", "smtps:"]),
  ),
  MAIL_FROM: variable(
    "an e-mail address, optionally with a name (e.g. Inland Gateway <no-reply@example.cn>)",
    (raw) => (emailAddress.test(raw) || /^[^<>]*<[^\s@<>]+@[^\s@<>]+>$/.test(raw) ? raw : undefined),
  ),
  OUTBOX_WORKER: choice(["on", "off"] as const),
  LOG_LEVEL: choice(logLevels),
  ENQUIRY_NOTIFY_EMAIL: variable("an e-mail address (e.g. enquiries@example.cn)", (raw) =>
    emailAddress.test(raw) ? raw : undefined,
  ),
  IMAGE_DIR: text("a folder (relative to the repository)"),
  IMAGE_MAX_BYTES: variable("a whole number of bytes, at least 1 (e.g. 5242880 for 5 MiB)", wholeNumber(1)),
  S3_BUCKET: text("a bucket name"),
  S3_ENDPOINT: httpUrl("http://localhost:9000"),
  S3_REGION: text("a region name (e.g. us-east-1)"),
  S3_ACCESS_KEY_ID: text("an access key id"),
  S3_SECRET_ACCESS_KEY: text("a secret access key"),
  S3_SESSION_TOKEN: text("a session token"),
  SEED_ALLOW_REMOTE: choice(["0", "1"] as const),
  BENCH_BASELINE: choice(["0", "1"] as const),
  CONTENT_SYNC_SECONDS: variable("a whole number of seconds (0 turns the sync off)", wholeNumber(0)),
  PAGE_CACHE_MB: variable(
    "a whole number of megabytes up to 65536 (0 turns the page cache off)",
    wholeNumber(0, 65536),
  ),
  TRUSTED_PROXIES: trustedProxies,
  APP_TIME_ZONE: variable("an IANA time zone (e.g. Asia/Shanghai)", (raw) =>
    isTimeZone(raw) ? raw : undefined,
  ),
});

type Environment = z.output<typeof ZEnvironment>;

/** Secrets whose values never appear in an error message. */
export const secretVariables = new Set([
  "DATABASE_URL",
  "NEXTAUTH_SECRET",
  "ALTCHA_HMAC_KEY",
  "SMTP_URL",
  "S3_SECRET_ACCESS_KEY",
  "S3_SESSION_TOKEN",
]);

/** The environment (any object of strings) as a Config: defaults, units and the rules across variables. */
export const ZConfig = ZEnvironment.transform((env: Environment, ctx): Config => {
  const required = (name: keyof Environment, why: string) =>
    ctx.addIssue({ code: "custom", path: [name], message: `required ${why}`, input: undefined });
  // `next build` runs with NODE_ENV=production too, but compiles without any secret.
  const production = env.NODE_ENV === "production" && env.NEXT_PHASE !== "phase-production-build";
  if (production && !env.NEXTAUTH_SECRET)
    required(
      "NEXTAUTH_SECRET",
      "in production (the same long random value on every instance, e.g. `openssl rand -base64 32`)",
    );
  const s3 = s3Settings(env, (name) => required(name, "when S3_BUCKET is set"));
  const port = env.PORT ?? 3000;
  const localOrigin = `http://localhost:${port}`;
  return {
    production,
    databaseUrl: env.DATABASE_URL,
    port,
    embeddedPostgres: { dir: env.EMBEDDED_PG_DIR ?? ".data/postgres", port: env.EMBEDDED_PG_PORT ?? 54329 },
    nextAuthUrl: env.NEXTAUTH_URL ?? localOrigin,
    nextAuthSecret: env.NEXTAUTH_SECRET,
    siteUrl: env.SITE_URL ?? localOrigin,
    altchaHmacKey: env.ALTCHA_HMAC_KEY,
    enquiryLimits: {
      perIp: env.ENQUIRY_LIMIT_PER_IP ?? 20,
      perIpNoJs: env.ENQUIRY_LIMIT_PER_IP_NO_JS ?? 5,
      perEmail: env.ENQUIRY_LIMIT_PER_EMAIL ?? 5,
    },
    loginFailuresPerIp: env.LOGIN_FAILURES_PER_IP ?? 5,
    openDataLimitPerMinute: env.OPEN_DATA_LIMIT_PER_MINUTE ?? 300,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM ?? "Inland Gateway <no-reply@localhost>",
    outboxWorker: env.OUTBOX_WORKER !== "off",
    logLevel: env.LOG_LEVEL ?? "info",
    enquiryNotifyEmail: env.ENQUIRY_NOTIFY_EMAIL ?? "enquiries@localhost",
    imageDir: env.IMAGE_DIR ?? ".data/images",
    imageMaxBytes: env.IMAGE_MAX_BYTES ?? 5 * 1024 * 1024,
    s3,
    seedAllowRemote: env.SEED_ALLOW_REMOTE === "1",
    benchBaseline: env.BENCH_BASELINE === "1",
    contentSyncSeconds: env.CONTENT_SYNC_SECONDS ?? 5,
    pageCacheBytes: (env.PAGE_CACHE_MB ?? 64) * 1024 * 1024,
    trustedProxies: env.TRUSTED_PROXIES ?? 0,
    timeZone: env.APP_TIME_ZONE ?? defaultTimeZone,
  };
});

function s3Settings(env: Environment, missing: (name: keyof Environment) => void): S3Settings | undefined {
  if (!env.S3_BUCKET) return undefined;
  if (!env.S3_ACCESS_KEY_ID) missing("S3_ACCESS_KEY_ID");
  if (!env.S3_SECRET_ACCESS_KEY) missing("S3_SECRET_ACCESS_KEY");
  const region = env.S3_REGION ?? "us-east-1";
  return {
    bucket: env.S3_BUCKET,
    endpoint: (env.S3_ENDPOINT ?? `https://s3.${region}.amazonaws.com`).replace(/\/+$/, ""),
    region,
    accessKeyId: env.S3_ACCESS_KEY_ID ?? "",
    secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? "",
    sessionToken: env.S3_SESSION_TOKEN,
  };
}
