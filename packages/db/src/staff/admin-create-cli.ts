// `pnpm admin:create --email a@b.cn --name "Li Na"`: the first (or any) administrator. Asks for a
// password on a terminal; otherwise generates one and prints it once.
import { randomBytes } from "node:crypto";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { ZStaffUserInput } from "@ig/domain";
import { config } from "../config/index.ts";
import { ensureDatabase } from "../launcher/ensure-database.ts";
import { LauncherError } from "../launcher/launcher-error.ts";
import { createStaffUser } from "./create-staff-user.ts";

async function main() {
  config();
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
  const input = ZStaffUserInput.safeParse({
    email: values.email,
    name: values.name,
    role: "admin",
    areas: ["tianfu", "liangjiang"],
  });
  if (!input.success)
    throw new LauncherError('Usage: pnpm admin:create --email you@example.com --name "Your Name"');
  let password = "";
  if (process.stdin.isTTY) {
    const prompt = createInterface({ input: process.stdin, output: process.stdout });
    password = (await prompt.question("Password (at least 12 characters; empty: generate one): ")).trim();
    prompt.close();
  }
  const generated = !password;
  if (generated) password = randomBytes(12).toString("base64url");
  const database = await ensureDatabase();
  try {
    const user = await createStaffUser({ actorId: null, input: input.data, password });
    console.log(`Created administrator ${user.email}.`);
    if (generated) console.log(`Password (shown once): ${password}`);
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof LauncherError ? error.message : String((error as Error).message ?? error);
  console.error(
    message.includes("Unique constraint") ? "An account with this e-mail address exists already." : message,
  );
  process.exit(1);
});
