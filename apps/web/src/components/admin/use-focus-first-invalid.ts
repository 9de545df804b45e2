"use client";
import { useEffect, useRef } from "react";

/**
 * After a refused submit (`refused` turns true, or stays true on a new answer), moves the focus to
 * the form's first field marked `aria-invalid`, or else to its alert: on a phone the message at the
 * top and the field can be screens apart, and a screen reader otherwise starts from the page body.
 * Returns the ref to put on the form.
 */
export function useFocusFirstInvalid(refused: boolean, answer: unknown) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!refused || !form.current) return;
    const target =
      form.current.querySelector<HTMLElement>("[aria-invalid='true']") ??
      form.current.querySelector<HTMLElement>("[role='alert']");
    if (target && !target.matches("input, select, textarea, button")) target.tabIndex = -1;
    target?.focus();
  }, [refused, answer]);
  return form;
}
