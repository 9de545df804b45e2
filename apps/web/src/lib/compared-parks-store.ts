// The investor's comparison, kept in localStorage so that it survives navigation between the parks
// list, park pages and the comparison. Stored as the `parks` URL parameter is written ("a,b,c").
// Only split here, not validated: zod would weigh on every page's script for the header's count,
// and whatever is stored only ever goes back to the server in a link, which validates it.
import { useSyncExternalStore } from "react";
import { maxComparedParks } from "@ig/domain/comparison-selection";

const key = "inland-gateway.compare";
const changed = "inland-gateway:compare-changed";

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange); // other tabs
  window.addEventListener(changed, onChange); // this tab
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(changed, onChange);
  };
}

function readStorage(): string | null {
  try {
    return window.localStorage.getItem(key) ?? "";
  } catch {
    return null; // storage blocked: the controls stay plain links
  }
}

// useSyncExternalStore needs the same object back for the same stored value.
let last: { raw: string | null; slugs: string[] | null } = { raw: null, slugs: null };
function snapshot(): string[] | null {
  const raw = readStorage();
  if (raw !== last.raw) {
    last = { raw, slugs: raw === null ? null : raw.split(",").filter(Boolean).slice(0, maxComparedParks) };
  }
  return last.slugs;
}

/** The parks chosen for comparison, or null while rendering on the server or without storage. */
export function useComparedParks(): string[] | null {
  return useSyncExternalStore(subscribe, snapshot, () => null);
}

export function saveComparedParks(slugs: readonly string[]) {
  try {
    window.localStorage.setItem(key, slugs.join(","));
    window.dispatchEvent(new Event(changed));
  } catch {
    // Storage blocked: the comparison still lives in its URL.
  }
}
