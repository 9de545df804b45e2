"use client";
import { useEffect } from "react";
import { saveComparedParks } from "@/lib/compared-parks-store";

/**
 * The comparison on screen becomes the investor's selection, so parks added or removed through
 * links on this page (or a shared link opened here) carry on to the parks list and park pages.
 */
export function RememberComparedParks({ slugs }: { slugs: string[] }) {
  const key = slugs.join(",");
  useEffect(() => saveComparedParks(key ? key.split(",") : []), [key]);
  return null;
}
