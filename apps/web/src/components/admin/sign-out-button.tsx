"use client";
import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/admin/login" })}
      className="rounded-md border border-brand-700 px-3 py-1 text-brand-800 hover:bg-brand-50"
    >
      {label}
    </button>
  );
}
