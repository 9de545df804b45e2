"use client";
import { useEffect, useState } from "react";

interface Challenge {
  algorithm: "SHA-256";
  challenge: string;
  maxnumber: number;
  salt: string;
  signature: string;
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Solves the server's proof-of-work challenge (ALTCHA format, self-hosted: no third party) in the
 * background while the visitor types, and hands the solution to the form in a hidden field.
 * Without JavaScript the field stays empty and the server applies a stricter rate limit.
 */
export function ProofOfWork() {
  const [payload, setPayload] = useState("");
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const response = await fetch("/api/proof-of-work", { cache: "no-store" });
      if (!response.ok) return;
      const c = (await response.json()) as Challenge;
      for (let number = 0; number <= c.maxnumber && !cancelled; number++) {
        if ((await sha256Hex(c.salt + number)) === c.challenge) {
          const solution = {
            algorithm: c.algorithm,
            challenge: c.challenge,
            number,
            salt: c.salt,
            signature: c.signature,
          };
          setPayload(btoa(JSON.stringify(solution)));
          return;
        }
      }
    })().catch(() => {});
    return () => {
      cancelled = true;
    };
  }, []);
  return <input type="hidden" name="proof" value={payload} />;
}
