"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

export interface HeaderLink {
  href: string;
  label: string;
}

/**
 * The header's account links. The header is part of cached pages, so the server renders `unknown`, a link
 * that is right whoever is signed in (what a browser without JavaScript keeps: it never says "Đăng nhập"
 * to a signed-in user); once loaded, and again after each in-app navigation (signing in or out ends in
 * one), the browser asks /api/me and shows that user's links.
 */
export function AccountLinks({
  unknown,
  signedOut,
  citizen,
  officer,
}: {
  unknown: HeaderLink[];
  signedOut: HeaderLink[];
  citizen: HeaderLink[];
  officer: HeaderLink[];
}) {
  const pathname = usePathname();
  const [links, setLinks] = useState(unknown);
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
