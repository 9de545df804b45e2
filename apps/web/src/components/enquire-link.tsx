import { Link } from "@/i18n/navigation";

/** "Enquire about this …": the form, pre-filled with what the visitor is looking at. */
export function EnquireLink({ query, label }: { query: Record<string, string | string[]>; label: string }) {
  return (
    <Link
      href={{ pathname: "/enquiry", query }}
      className="inline-block rounded-md bg-accent-600 px-4 py-2 font-semibold text-white hover:bg-accent-700"
    >
      {label}
    </Link>
  );
}
