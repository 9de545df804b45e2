import type { ComponentProps } from "react";

/**
 * A GET form whose fields show the state of the page's URL (a list's filters, a query). Its fields
 * stay uncontrolled, with `defaultValue`, so it works without JavaScript; two things would
 * otherwise leave them showing an earlier choice above the results of the URL:
 * - on a client-side navigation (Back/Forward, a "clear" link) React keeps the mounted fields,
 *   and a changed `defaultValue` does not change what they show: keying the form by `state`
 *   renders it afresh whenever the URL's state changes;
 * - on a history navigation that reloads the document, the browser restores what the fields held
 *   when the visitor left: `autoComplete="off"` opts the form out of that restoration.
 */
export function UrlStateForm({
  state,
  ...props
}: { state: unknown } & Omit<ComponentProps<"form">, "method">) {
  return <form key={JSON.stringify(state)} method="get" autoComplete="off" {...props} />;
}
