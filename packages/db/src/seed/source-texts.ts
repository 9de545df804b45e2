import { readFileSync } from "node:fs";
import path from "node:path";
import type { TSeedData } from "@ig/domain";

const textDir = path.resolve(import.meta.dirname, "../../../../prisma/seed-data/texts");

/**
 * The source texts the seed data is taken from (prisma/seed-data/texts, copies of the five public
 * news texts), by source key, with every run of white space (the PDF's line breaks) made one space.
 */
export function readSourceTexts(data: TSeedData): Map<string, string> {
  return new Map(
    data.sources.map((source) => [
      source.key,
      readFileSync(path.join(textDir, source.file), "utf8").replace(/\s+/g, " "),
    ]),
  );
}
