import type { ServiceDocument } from "@/lib/catalog/service-schema";

/** The authorisation letter (văn bản ủy quyền) is optional in the catalog but needed when applying for someone. */
function isAuthorizationDocument(doc: ServiceDocument): boolean {
  return /ủy quyền|uỷ quyền/i.test(doc.name);
}

/** Indexes of the documents a dossier must carry. */
export function requiredDocumentIndexes(documents: readonly ServiceDocument[], onBehalf: boolean): number[] {
  return documents.flatMap((doc, index) => (doc.required || (onBehalf && isAuthorizationDocument(doc)) ? [index] : []));
}
