/**
 * CONTRACT for the rest of the app (implemented by the accounts work, issue 3 §1):
 *
 *   getCurrentUser(): Promise<CurrentUser | null>   — the signed-in user of this request, checked against
 *                                                    the server-side session row (revocable), or null.
 *   requireUser(returnTo: string): Promise<CurrentUser> — same, but redirects to /dang-nhap?next=<returnTo>
 *                                                    when nobody is signed in.
 *
 * Server components, server actions and route handlers call these; business functions in lib/ take the
 * user's id as a parameter instead, so they can be tested without a request.
 */
export interface CurrentUser {
  id: string;
  kind: "citizen" | "business" | "officer";
  email: string;
  emailVerified: boolean;
  fullName: string;
  /** CCCD (citizen) or tax code (business); null for officers. */
  idNumber: string | null;
  dateOfBirth: string | null;
  phone: string;
  address: string;
  /** Officer only. */
  unitId: number | null;
  roles: string[];
}

export async function getCurrentUser(): Promise<CurrentUser | null> {
  throw new Error("getCurrentUser is not implemented yet (issue 3 §1 accounts)");
}

export async function requireUser(returnTo: string): Promise<CurrentUser> {
  void returnTo;
  throw new Error("requireUser is not implemented yet (issue 3 §1 accounts)");
}
