// For journeys that need many parks: creates published parks in Liangjiang through the seed
// factories (so they carry their search text) in DATABASE_URL, run with tsx as its own process.
// Usage: create-parks.ts <word> <from> <count>: parks "<Word> Logistics Park <n>", n = from …,
// at three spots far apart (every tenth with no position), so that the map draws three clusters.
import { createPark, disconnectDatabase, inFactoryTransaction } from "@ig/db/factories";

const spots: [number, number][] = [
  [106.5, 29.6],
  [106.7, 29.8],
  [106.9, 29.65],
];

async function main() {
  const [word, from, count] = process.argv.slice(2) as [string, string, string];
  await inFactoryTransaction(async (tx) => {
    const area = await tx.area.findUniqueOrThrow({ where: { slug: "liangjiang" } });
    for (let n = Number(from); n < Number(from) + Number(count); n++) {
      const [lng, lat] = spots[n % spots.length]!;
      await createPark(tx, {
        areaId: area.id,
        slug: `${word.toLowerCase()}-park-${n}`,
        name: { en: `${word} Logistics Park ${n}`, zh: `${word}物流园${n}` },
        ...(n % 10 ? { lng: lng + (n % 7) / 10_000, lat: lat + (n % 5) / 10_000 } : {}),
      });
    }
  });
}

main()
  .finally(disconnectDatabase)
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
