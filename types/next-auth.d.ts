import "next-auth";

declare module "next-auth" {
  interface Session {
    /** The server-side session id (sessions table). */
    sid?: string;
  }
  interface User {
    sid?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    sid?: string;
  }
}
