// For journeys that need many parks: creates published parks in Liangjiang through the seed
// factories (so they carry their search text) in DATABASE_URL, run with tsx as its own process.
// Usage: create-parks.ts <word> <from> <count>: parks "<Word> Logistics Park <n>", n = from …,
// at three spots far apart (every tenth with no position), so that the map draws three clusters.
import { db } from "../../packages/db/src/client.ts";
import { createPark } from "../../packages/db/src/seed/factories.ts";

const spots: [number, number][] = [
  [106.5, 29.6],
  [106.7, 29.8],
  [106.9, 29.65],
];

async function main() {
  const [word, from, count] = process.argv.slice(2) as [string, string, string];
  const area = await db().area.findUniqueOrThrow({ where: { slug: "liangjiang" } });
  for (let n = Number(from); n < Number(from) + Number(count); n++) {
    const [lng, lat] = spots[n % spots.length]!;
    await createPark(db(), {
      areaId: area.id,
      slug: `${word.toLowerCase()}-park-${n}`,
      name: { en: `${word} Logistics Park ${n}`, zh: `${word}物流园${n}` },
      ...(n % 10 ? { lng: lng + (n % 7) / 10_000, lat: lat + (n % 5) / 10_000 } : {}),
    });
  }
}

main()
  .finally(() => db().$disconnect())
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
