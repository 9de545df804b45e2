import type { Locale } from "./locale.ts";

export interface EmailContent {
  subject: string;
  text: string;
}

/** The investor's confirmation, in the language they chose. */
export function confirmationEmail({
  reference,
  name,
  language,
  statusUrl,
}: {
  reference: string;
  name: string;
  language: Locale;
  statusUrl: string;
}): EmailContent {
  if (language === "zh") {
    return {
      subject: `我们已收到您的咨询（${reference}）`,
      text: [
        `${name}，您好：`,
        "",
        `感谢您通过内陆开放门户提交咨询。您的咨询编号是 ${reference}。`,
        "相关新区的投资促进团队将在两个工作日内与您联系。",
        `您可以凭咨询编号和电子邮箱随时查询处理进度：${statusUrl}`,
        "",
        "内陆开放门户 — 四川天府新区 · 重庆两江新区",
      ].join("\n"),
    };
  }
  return {
    subject: `We have received your enquiry (${reference})`,
    text: [
      `Dear ${name},`,
      "",
      `Thank you for your enquiry through Inland Gateway. Your reference is ${reference}.`,
      "The investment-promotion team of the new area concerned will contact you within two working days.",
      `You can follow its status at any time with your reference and e-mail address: ${statusUrl}`,
      "",
      "Inland Gateway — Sichuan Tianfu New Area · Chongqing Liangjiang New Area",
    ].join("\n"),
  };
}

/** The staff notification: bilingual, since the staff of both areas read it. */
export function staffNotificationEmail({
  reference,
  company,
  country,
  about,
  inboxUrl,
}: {
  reference: string;
  company: string;
  country: string;
  about: string[];
  inboxUrl: string;
}): EmailContent {
  const topics = about.length ? about.join(", ") : "—";
  return {
    subject: `New enquiry 新咨询 ${reference}: ${company} (${country})`,
    text: [
      `New enquiry ${reference} from ${company} (${country}).`,
      `About: ${topics}`,
      `Open it in the staff inbox: ${inboxUrl}`,
      "",
      `新咨询 ${reference}，来自 ${company}（${country}）。`,
      `咨询内容：${topics}`,
      `请在工作人员收件箱中处理：${inboxUrl}`,
    ].join("\n"),
  };
}

/** The statuses an investor is told about by e-mail (besides the confirmation of receipt). */
export const emailedStatuses = ["responded", "closed"] as const;
export type EmailedStatus = (typeof emailedStatuses)[number];
export const isEmailedStatus = (status: string): status is EmailedStatus =>
  (emailedStatuses as readonly string[]).includes(status);

/**
 * The investor's notice that their enquiry was answered or closed, in the enquiry's language.
 * It says what changed and where to follow it; the answer itself comes from the team directly.
 */
export function statusChangeEmail({
  reference,
  name,
  language,
  status,
  statusUrl,
}: {
  reference: string;
  name: string;
  language: Locale;
  status: EmailedStatus;
  statusUrl: string;
}): EmailContent {
  if (language === "zh") {
    const what = {
      responded: [
        "您的咨询已得到答复",
        "相关新区的投资促进团队已答复您的咨询。如未收到答复内容，请查看垃圾邮件文件夹或回复本邮件。",
      ],
      closed: ["您的咨询已办结", "您的咨询已办结。如有新的问题，欢迎随时提交新的咨询。"],
    }[status];
    return {
      subject: `${what[0]}（${reference}）`,
      text: [
        `${name}，您好：`,
        "",
        what[1],
        `您可以凭咨询编号 ${reference} 和电子邮箱查询处理进度：${statusUrl}`,
        "",
        "内陆开放门户 — 四川天府新区 · 重庆两江新区",
      ].join("\n"),
    };
  }
  const what = {
    responded: [
      "Your enquiry has been answered",
      "The investment-promotion team of the new area concerned has answered your enquiry. If the answer has not reached you, please look in your spam folder or reply to this e-mail.",
    ],
    closed: [
      "Your enquiry has been closed",
      "Your enquiry has been closed. If you have a new question, you are welcome to send a new enquiry at any time.",
    ],
  }[status];
  return {
    subject: `${what[0]} (${reference})`,
    text: [
      `Dear ${name},`,
      "",
      what[1],
      `You can follow its status with your reference ${reference} and your e-mail address: ${statusUrl}`,
      "",
      "Inland Gateway — Sichuan Tianfu New Area · Chongqing Liangjiang New Area",
    ].join("\n"),
  };
}
