import { createHash, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { StorageNotFoundError, type FileStorage, type StoredObject } from "./file-storage";

const KEY = /^[0-9]{4}\/[0-9]{2}\/[0-9a-f-]{36}$/;

/** Files in a local folder (default .data/uploads): key `yyyy/mm/<uuid>`, written as it streams in. */
export function createLocalStorage(rootDir: string): FileStorage {
  const root = path.resolve(rootDir);
  const fileOf = (key: string) => {
    if (!KEY.test(key)) throw new StorageNotFoundError(key);
    return path.join(root, ...key.split("/"));
  };

  return {
    async put(body: Readable): Promise<StoredObject> {
      const now = new Date();
      const key = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${randomUUID()}`;
      const target = fileOf(key);
      await mkdir(path.dirname(target), { recursive: true });
      const hash = createHash("sha256");
      let size = 0;
      const measure = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          size += chunk.length;
          hash.update(chunk);
          callback(null, chunk);
        },
      });
      try {
        await pipeline(body, measure, createWriteStream(target, { flags: "wx" }));
      } catch (error) {
        await rm(target, { force: true });
        throw error;
      }
      return { key, size, sha256: hash.digest("hex") };
    },

    async get(key: string): Promise<Readable> {
      const file = fileOf(key);
      try {
        await stat(file);
      } catch {
        throw new StorageNotFoundError(key);
      }
      return createReadStream(file);
    },

    async delete(key: string): Promise<void> {
      if (!KEY.test(key)) return;
      await rm(fileOf(key), { force: true });
    },
  };
}
