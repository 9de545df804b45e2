// One lint config for the whole workspace (flat config), with the layers' import rules
// (tested by example in lint-rules/layer-rules.test.ts).
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import { noDomainBarrelInClient } from "./lint-rules/no-domain-barrel-in-client.mjs";

// STYLE.md 1: the database is one package; everything else reaches it through @ig/db's functions.
const dataLayerOnly = {
  group: [
    "@prisma/*",
    ".prisma",
    ".prisma/*",
    "**/generated/prisma",
    "**/generated/prisma/*",
    "**/packages/db/src/**",
  ],
  message:
    "Only packages/db talks to Prisma and its generated client: use a function exported by @ig/db (or one of its subpaths).",
};
const domainSubpaths = {
  group: ["**/packages/domain/src/**"],
  message: "Import @ig/domain or one of its subpaths (@ig/domain/enums …), not its files by path.",
};
// packages/domain is pure (PRODUCT.md): no file, network, process or database access.
const nodeBuiltins = [
  "assert",
  "child_process",
  "cluster",
  "crypto",
  "dgram",
  "dns",
  "fs",
  "http",
  "http2",
  "https",
];
const more = [
  "module",
  "net",
  "os",
  "path",
  "perf_hooks",
  "process",
  "readline",
  "stream",
  "tls",
  "url",
  "v8",
  "vm",
];
const noIo = {
  group: [
    "node:*",
    ...[...nodeBuiltins, ...more].flatMap((name) => [name, `${name}/*`]),
    "@ig/db",
    "@ig/db/*",
    "pg",
    "server-only",
  ],
  message: "packages/domain does no I/O: take what you need as an argument (see createLogger's sink).",
};

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/.next*/**",
      "**/.data/**",
      "**/generated/**",
      "**/dist/**",
      "**/*.d.ts",
      "playwright-report/**",
      "test-results/**",
    ],
  },
  ...tseslint.configs.recommended,
  {
    plugins: {
      "react-hooks": reactHooks,
      ig: { rules: { "no-domain-barrel-in-client": noDomainBarrelInClient } },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "ig/no-domain-barrel-in-client": "error",
      "no-restricted-imports": ["error", { patterns: [dataLayerOnly, domainSubpaths] }],
    },
  },
  {
    files: ["packages/db/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [domainSubpaths] }] },
  },
  {
    files: ["packages/domain/src/**"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [dataLayerOnly, noIo] }],
      "no-restricted-globals": [
        "error",
        ...[
          "process",
          "fetch",
          "require",
          "Buffer",
          "XMLHttpRequest",
          "WebSocket",
          "window",
          "document",
          "localStorage",
        ].map((name) => ({ name, message: "packages/domain does no I/O: take the value as an argument." })),
      ],
      "no-console": "error",
    },
  },
);
