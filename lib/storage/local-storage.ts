import { createHash, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, open, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { StorageNotFoundError, type FileStorage, type ListedObject, type StoredObject } from "./file-storage";

const KEY = /^[0-9]{4}\/[0-9]{2}\/[0-9a-f-]{36}$/;
const OBJECT_NAME = /^[0-9a-f-]{36}$/;
const PARTIAL_NAME = /^[0-9a-f-]{36}\.tmp$/;
const YEAR = /^[0-9]{4}$/;
const MONTH = /^[0-9]{2}$/;

/** Flushes a file or a folder entry to the disk, so what a rename published survives a power cut. */
async function syncPath(target: string): Promise<void> {
  const handle = await open(target, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Files in a local folder (default .data/uploads): key `yyyy/mm/<uuid>`. The bytes stream into
 * `<uuid>.tmp` next to the final name and are renamed only once complete and flushed, so a crash
 * mid-upload never leaves a file under a key-shaped name; the orphan sweep removes old `.tmp` files.
 */
export function createLocalStorage(rootDir: string): FileStorage {
  const root = path.resolve(rootDir);
  const fileOf = (key: string) => {
    if (!KEY.test(key)) throw new StorageNotFoundError(key);
    return path.join(root, ...key.split("/"));
  };

  /** Every `yyyy/mm` folder of the store with its entries. */
  async function* folders(): AsyncGenerator<{ prefix: string; dir: string; names: string[] }> {
    const years = await readdir(root).catch(() => [] as string[]);
    for (const year of years.filter((y) => YEAR.test(y)).sort()) {
      const months = await readdir(path.join(root, year)).catch(() => [] as string[]);
      for (const month of months.filter((m) => MONTH.test(m)).sort()) {
        const dir = path.join(root, year, month);
        const names = await readdir(dir).catch(() => [] as string[]);
        yield { prefix: `${year}/${month}`, dir, names };
      }
    }
  }

  async function modifiedAt(file: string): Promise<Date | null> {
    try {
      return (await stat(file)).mtime;
    } catch {
      return null; // removed meanwhile
    }
  }

  return {
    async put(body: Readable): Promise<StoredObject> {
      const now = new Date();
      const key = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${randomUUID()}`;
      const target = fileOf(key);
      // Same folder, so the rename is atomic (one file system).
      const partial = `${target}.tmp`;
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
      const out = createWriteStream(partial, { flags: "wx" });
      try {
        await pipeline(body, measure, out);
        await syncPath(partial);
        await rename(partial, target);
        await syncPath(path.dirname(target));
      } catch (error) {
        // The file may still be opening when the pipeline fails: remove it only once the stream has closed.
        if (!out.closed) await new Promise<void>((resolve) => out.once("close", () => resolve()));
        await rm(partial, { force: true });
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

    async *list(): AsyncIterable<ListedObject> {
      for await (const { prefix, dir, names } of folders()) {
        for (const name of names.filter((n) => OBJECT_NAME.test(n))) {
          const at = await modifiedAt(path.join(dir, name));
          if (at) yield { key: `${prefix}/${name}`, modifiedAt: at };
        }
      }
    },

    async removePartialWrites(before: Date): Promise<number> {
      let removed = 0;
      for await (const { dir, names } of folders()) {
        for (const name of names.filter((n) => PARTIAL_NAME.test(n))) {
          const file = path.join(dir, name);
          const at = await modifiedAt(file);
          if (!at || at >= before) continue;
          await rm(file, { force: true });
          removed += 1;
        }
      }
      return removed;
    },
  };
}
