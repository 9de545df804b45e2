import { createHash } from "node:crypto";

/**
 * Solves the enquiry form's proof of work (ALTCHA: the number whose SHA-256 with the salt is the
 * challenge). It yields to the event loop now and then: a search that blocked it for seconds kept
 * fetch from noticing that the server had closed an idle keep-alive connection, and the next
 * request on that connection failed with "other side closed".
 */
export async function proofOfWork(base: string): Promise<string> {
  const c = (await (await fetch(`${base}/api/proof-of-work`)).json()) as Record<string, string | number>;
  for (let number = 0; number <= Number(c.maxnumber); number++) {
    if (number % 1000 === 0) await new Promise((resolve) => setImmediate(resolve));
    if (createHash("sha256").update(`${c.salt}${number}`).digest("hex") === c.challenge) {
      const { algorithm, challenge, salt, signature } = c;
      return Buffer.from(JSON.stringify({ algorithm, challenge, number, salt, signature })).toString(
        "base64",
      );
    }
  }
  throw new Error("unsolvable challenge");
}
