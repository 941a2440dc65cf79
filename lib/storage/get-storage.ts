import { serverEnv } from "@/lib/config";
import type { FileStorage } from "./file-storage";
import { createLocalStorage } from "./local-storage";

const globalForStorage = globalThis as unknown as { portalStorage?: FileStorage };

/** The app's file store: the local folder STORAGE_DIR (default .data/uploads). */
export function getStorage(): FileStorage {
  globalForStorage.portalStorage ??= createLocalStorage(serverEnv().STORAGE_DIR);
  return globalForStorage.portalStorage;
}

/** Largest accepted upload in bytes: UPLOAD_MAX_BYTES, default 10 MB. */
export function uploadMaxBytes(): number {
  return serverEnv().UPLOAD_MAX_BYTES;
}
