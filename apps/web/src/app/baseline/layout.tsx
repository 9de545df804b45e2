import type { Metadata } from "next";
import type { ReactNode } from "react";

export const metadata: Metadata = { title: "Baseline", robots: { index: false, follow: false } };

/** A document with nothing in it but Next.js itself: see page.tsx. */
export default function BaselineLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
