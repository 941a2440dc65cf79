import { notFound } from "next/navigation";

/** Any address no page answers shows the not-found page inside the layout, in the reader's language. */
export default function UnknownPage() {
  notFound();
}
