import { createHash } from "node:crypto";

/** Solves the enquiry form's proof of work (ALTCHA: the number whose SHA-256 with the salt is the challenge). */
export async function proofOfWork(base: string): Promise<string> {
  const c = (await (await fetch(`${base}/api/proof-of-work`)).json()) as Record<string, string | number>;
  for (let number = 0; number <= Number(c.maxnumber); number++) {
    if (createHash("sha256").update(`${c.salt}${number}`).digest("hex") === c.challenge) {
      const { algorithm, challenge, salt, signature } = c;
      return Buffer.from(JSON.stringify({ algorithm, challenge, number, salt, signature })).toString(
        "base64",
      );
    }
  }
  throw new Error("unsolvable challenge");
}
