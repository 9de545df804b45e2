// The multipart parser Next.js bundles (busboy 1.x) and reads server action bodies with; only the
// part of its API the bad-request guard uses.
declare module "next/dist/compiled/busboy" {
  import type { Writable } from "node:stream";

  interface Busboy extends Writable {
    on(event: "field", listener: (name: string, value: string) => void): this;
    on(event: "file", listener: (name: string, stream: NodeJS.ReadableStream) => void): this;
    on(event: "error", listener: (error: unknown) => void): this;
    on(event: "close", listener: () => void): this;
  }

  export default function busboy(options: {
    headers: Record<string, string>;
    limits?: { fieldSize?: number };
  }): Busboy;
}
