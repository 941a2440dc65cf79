import type { FileStorage } from "./file-storage";
import { createLocalStorage } from "./local-storage";

const globalForStorage = globalThis as unknown as { portalStorage?: FileStorage };

/** The app's file store: the local folder STORAGE_DIR (default .data/uploads). */
export function getStorage(): FileStorage {
  globalForStorage.portalStorage ??= createLocalStorage(process.env.STORAGE_DIR?.trim() || ".data/uploads");
  return globalForStorage.portalStorage;
}

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Largest accepted upload in bytes: UPLOAD_MAX_BYTES, default 10 MB. */
export function uploadMaxBytes(): number {
  const value = Number(process.env.UPLOAD_MAX_BYTES);
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_MAX_BYTES;
}
