import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

/** next/link, redirect and usePathname that keep the reader's language (docs/i18n.md). */
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
