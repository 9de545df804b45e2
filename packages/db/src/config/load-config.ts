import { LauncherError } from "../launcher/launcher-error.ts";
import { secretVariables, ZConfig, type Config } from "./config-schema.ts";

/** A configuration the portal cannot start with; the message names each bad variable and what it expects. */
export class ConfigError extends LauncherError {}

/**
 * Parses the environment (`process.env`, or any record of strings) into the Config.
 * @throws ConfigError listing every variable that is malformed, out of range or missing, one per
 *   line, as `NAME="value": expected …` (secrets as `NAME (value hidden)`).
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = ZConfig.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    const value = env[name];
    const shown = !value ? "is not set" : secretVariables.has(name) ? "(value hidden)" : `is "${value}"`;
    return `  ${name} ${shown}: ${value ? "expected " : ""}${issue.message}`;
  });
  throw new ConfigError(
    `The configuration is not valid (see Configuration in README.md):\n${lines.join("\n")}`,
  );
}
