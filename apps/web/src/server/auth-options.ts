import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { ZLoginInput } from "@ig/domain";
import { endStaffSession, staffSessionHours, verifyStaffLogin } from "@ig/db";
import { log } from "@ig/db/log";
import { clientIp } from "./client-ip";

/**
 * Staff sign-in: e-mail and password, checked by the data layer (argon2id, throttling, audit).
 * The session cookie is an encrypted JWT (httpOnly, SameSite=Lax, Secure when NEXTAUTH_URL is
 * https) that names a StaffSession row, so any instance behind a load balancer can read it and
 * the row decides whether it still counts (see getStaffUser): signing out deletes that row.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: staffSessionHours * 3600 },
  // next-auth's own messages as JSON lines, through the redaction (its errors can quote input).
  logger: {
    error: (code, detail) => log.error(`auth: ${code}`, { component: "auth", detail }),
    warn: (code) => log.warn(`auth: ${code}`, { component: "auth" }),
    debug: (code, detail) => log.debug(`auth: ${code}`, { component: "auth", detail }),
  },
  pages: { signIn: "/admin/login", error: "/admin/login" },
  providers: [
    CredentialsProvider({
      name: "E-mail and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const parsed = ZLoginInput.safeParse(credentials);
        if (!parsed.success) return null;
        const headers = new Headers(request?.headers as Record<string, string>);
        const result = await verifyStaffLogin({ ...parsed.data, ip: clientIp(headers) });
        if (result.kind === "throttled") throw new Error(`throttled:${result.retryAfter}`);
        return result.kind === "ok" ? { ...result.user, sessionId: result.sessionId } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      // `user` is there only at sign-in: what authorize answered.
      if (user) {
        token.sub = user.id;
        token.sid = (user as { sessionId?: string }).sessionId;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, sessionId: token.sid };
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await endStaffSession({ sessionId: token.sid });
    },
  },
};
