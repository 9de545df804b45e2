"use client";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * A page's h1 that takes the keyboard focus when the page opens, for pages that are the answer to
 * something the visitor just did (the enquiry's confirmation): screen readers announce it, and
 * the next Tab starts from there rather than from a button that is gone.
 */
export function ArrivalHeading({ className, children }: { className?: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h1 ref={ref} tabIndex={-1} className={`${className ?? ""} focus:outline-none`}>
      {children}
    </h1>
  );
}
