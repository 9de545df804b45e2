import nodemailer from "nodemailer";
import { log as logger } from "../log.ts";
import { config } from "../config/index.ts";
import { deliverNextEmail, type OutgoingEmail } from "./deliver-next-email.ts";

export interface OutboxWorker {
  stop: () => Promise<void>;
}

/**
 * Delivers the outbox over SMTP (SMTP_URL, e.g. smtp://user:pass@mail.example.com:587) until
 * stopped: everything due, then a short pause. Any number of workers may run (one per app
 * instance): they never pick the same message. Without SMTP_URL nothing is sent and messages
 * stay in the outbox, where staff can see them (the development default).
 */
export function startOutboxWorker({
  smtpUrl = config().smtpUrl,
  from = config().mailFrom,
  pollMs = 2000,
  log = (line: string) => logger.info(line, { component: "outbox" }),
}: {
  smtpUrl?: string;
  from?: string;
  pollMs?: number;
  log?: (line: string) => void;
} = {}): OutboxWorker | null {
  if (!smtpUrl) {
    log("SMTP_URL is not set: e-mails stay in the outbox");
    return null;
  }
  // Timeouts keep a hanging SMTP server from holding an outbox row (and its lock) for long.
  const url = new URL(smtpUrl);
  const timeouts = { connectionTimeout: "10000", greetingTimeout: "10000", socketTimeout: "20000" };
  for (const [key, value] of Object.entries(timeouts)) {
    if (!url.searchParams.has(key)) url.searchParams.set(key, value);
  }
  const transport = nodemailer.createTransport(url.href);
  const host = url.hostname;
  const send = async (email: OutgoingEmail) => {
    await transport.sendMail({
      from,
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html ?? undefined,
      messageId: `<${email.id}@inland-gateway>`,
      headers: { "Content-Language": email.language === "zh" ? "zh-CN" : "en" },
    });
  };
  let running = true;
  let wake: () => void = () => {};
  const loop = (async () => {
    while (running) {
      try {
        const outcome = await deliverNextEmail(send);
        if (outcome !== "idle") {
          if (outcome !== "sent") log(`delivery to ${host} failed (${outcome})`);
          continue;
        }
      } catch (error) {
        log(`outbox unavailable: ${String(error).slice(0, 200)}`);
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, pollMs);
      });
    }
  })();
  return {
    stop: async () => {
      running = false;
      wake();
      await loop;
      transport.close();
    },
  };
}
