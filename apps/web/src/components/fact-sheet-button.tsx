"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * Opens the browser's print dialog (print, or save as PDF): the print style sheet turns the park
 * page into its A4 fact sheet. Shown only once scripts run, since without them it could do nothing
 * (the browser's own Print gives the same sheet); until then it keeps its place invisibly, so that
 * the page does not shift when it appears.
 */
export function FactSheetButton({ label }: { label: string }) {
  // False in the server's HTML, true once hydrated: scripts run.
  const scripted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return (
    <button
      type="button"
      onClick={() => window.print()}
      // Invisible is hidden from assistive technology and the keyboard too.
      className={`rounded-md border border-brand-700 px-3 py-1.5 font-medium text-brand-800 hover:bg-brand-50 ${scripted ? "" : "invisible"}`}
    >
      {label}
    </button>
  );
}
