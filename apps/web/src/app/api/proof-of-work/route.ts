import { newChallenge } from "@/server/proof-of-work";

export const dynamic = "force-dynamic";

/** A proof-of-work challenge for the enquiry form. */
export async function GET() {
  return Response.json(await newChallenge(), { headers: { "Cache-Control": "no-store" } });
}
