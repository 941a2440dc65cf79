import { createReadStream } from "node:fs";
import { rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";

/**
 * The part of the storage module (lib/storage, wizard work) that tracking needs: read a stored file and
 * delete one. Any `FileStorage` satisfies it; until lib/storage is merged, `localStoredFiles` reads the
 * same local folder layout (STORAGE_DIR, default .data/uploads, keys `yyyy/mm/<uuid>`).
 */
export interface StoredFiles {
  get(key: string): Promise<Readable>;
  delete(key: string): Promise<void>;
}

export class StoredFileMissingError extends Error {
  constructor(key: string) {
    super(`No stored file with key ${key}`);
    this.name = "StoredFileMissingError";
  }
}

const KEY = /^[0-9]{4}\/[0-9]{2}\/[0-9a-f-]{36}$/;

export function localStoredFiles(rootDir: string = process.env.STORAGE_DIR?.trim() || ".data/uploads"): StoredFiles {
  const root = path.resolve(rootDir);
  const fileOf = (key: string) => (KEY.test(key) ? path.join(root, ...key.split("/")) : null);
  return {
    async get(key) {
      const file = fileOf(key);
      if (!file) throw new StoredFileMissingError(key);
      try {
        await stat(file);
      } catch {
        throw new StoredFileMissingError(key);
      }
      return createReadStream(file);
    },
    async delete(key) {
      const file = fileOf(key);
      if (file) await rm(file, { force: true });
    },
  };
}
