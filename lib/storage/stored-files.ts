import type { FileStorage } from "@/lib/storage/file-storage";

/** What tracking needs of the storage module: read a stored file (downloads) and delete one (drafts). */
export type StoredFiles = Pick<FileStorage, "get" | "delete">;
