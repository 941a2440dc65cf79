"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

export interface HeaderLink {
  href: string;
  label: string;
}

/**
 * The header's account links. The header is part of cached pages, so the server renders the signed-out
 * links (what a browser without JavaScript keeps: /dang-nhap sends a signed-in user on); once loaded, and
 * again after each in-app navigation (signing in or out ends in one), the browser asks /api/me.
 */
export function AccountLinks({ signedOut, citizen, officer }: { signedOut: HeaderLink[]; citizen: HeaderLink[]; officer: HeaderLink[] }) {
  const pathname = usePathname();
  const [links, setLinks] = useState(signedOut);
  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/me", { signal: controller.signal, cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<{ signedIn: boolean; kind?: string }>) : null))
      .then((me) => {
        if (me) setLinks(!me.signedIn ? signedOut : me.kind === "officer" ? officer : citizen);
      })
      .catch(() => {});
    return () => controller.abort();
  }, [pathname, signedOut, citizen, officer]);
  return links.map((link) => (
    <li key={link.href}>
      <a href={link.href} className="nav-link">
        {link.label}
      </a>
    </li>
  ));
}
