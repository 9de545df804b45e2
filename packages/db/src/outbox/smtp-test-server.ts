// A real SMTP server for the integration tests that follow an e-mail out of the outbox.
import net from "node:net";
import { SMTPServer } from "smtp-server";

interface Received {
  to: string[];
  subject: string;
  language: string;
  messageId: string;
}

/**
 * A real SMTP server in this process; `failFirst` rejects that many messages with a 451, and
 * `replyAfterMs` holds each "250 OK" back that long after the message has arrived.
 */
export async function smtpServer({ port = 0, failFirst = 0, replyAfterMs = 0 } = {}) {
  const received: Received[] = [];
  let failures = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString()));
      stream.on("end", () => {
        if (failures < failFirst) {
          failures++;
          return callback(Object.assign(new Error("Try again later"), { responseCode: 451 }));
        }
        const unfolded = raw.replace(/\r?\n[ \t]+/g, " ");
        const header = (name: string) =>
          unfolded.match(new RegExp(`^${name}: (.*)$`, "mi"))?.[1]?.trim() ?? "";
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: decodeSubject(header("Subject")),
          language: header("Content-Language"),
          messageId: header("Message-ID"),
        });
        setTimeout(callback, replyAfterMs);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.server.address() as net.AddressInfo;
  return { received, port: address.port, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** RFC 2047 encoded-words, as nodemailer writes non-ASCII subjects. */
function decodeSubject(value: string): string {
  return value.replace(/=\?utf-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, kind: string, text: string) =>
    kind.toUpperCase() === "B"
      ? Buffer.from(text, "base64").toString()
      : decodeURIComponent(text.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, "%$1")),
  );
}

export const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });

export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 20_000) {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}
