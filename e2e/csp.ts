import type { Page } from "@playwright/test";

/**
 * Collects what Chromium reports when the Content-Security-Policy blocks something (a script, a
 * style, a connection): a console error naming the policy. Start it before the first navigation.
 */
export function watchCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) {
      violations.push(`${page.url()}: ${message.text()}`);
    }
  });
  return violations;
}
