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
