import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { catalogs } from "./catalog";
import { LOCALES } from "./locales";

/** Every message of a catalog by its full key ("tracking.myDossiers.title"). */
function flatten(tree: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else if (value && typeof value === "object") for (const [k, v] of flatten(value, path)) out.set(k, v);
    else throw new Error(`${path}: not a message (${typeof value})`);
  }
  return out;
}

/**
 * The ICU arguments and tags a message takes, by name: the kinds may differ (English needs a plural where
 * Vietnamese has a plain number), the names may not.
 */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument) into.add(element.value);
    else if (element.type === TYPE.number) into.add(element.value);
    else if (element.type === TYPE.date || element.type === TYPE.time) into.add(element.value);
    else if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(element.value);
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    } else if (element.type === TYPE.tag) {
      into.add(`<${element.value}>`);
      argumentsOf(element.children, into);
    }
  }
  return into;
}

const flat = { vi: flatten(catalogs.vi), en: flatten(catalogs.en) } satisfies Record<(typeof LOCALES)[number], Map<string, string>>;

describe("the message catalog", () => {
  it("has the shared texts (the check is not vacuous)", () => {
    expect(flat.vi.get("common.portalName")).toBe("Cổng Dịch vụ công");
    expect(flat.en.get("common.portalName")).toBe("Public Service Portal");
  });

  it.each(LOCALES.filter((l) => l !== "vi"))("%s has exactly the Vietnamese keys", (locale) => {
    const missing = [...flat.vi.keys()].filter((key) => !flat[locale].has(key));
    const extra = [...flat[locale].keys()].filter((key) => !flat.vi.has(key));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(LOCALES)("every %s message parses as ICU and takes the same arguments as the Vietnamese one", (locale) => {
    const problems: string[] = [];
    for (const [key, message] of flat[locale]) {
      try {
        const mine = [...argumentsOf(parse(message))].sort();
        const source = flat.vi.get(key);
        if (source === undefined) continue;
        const theirs = [...argumentsOf(parse(source))].sort();
        if (mine.join() !== theirs.join()) problems.push(`${key}: ${mine.join()} ≠ ${theirs.join()}`);
      } catch (error) {
        problems.push(`${key}: ${(error as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("has no empty message", () => {
    const empty = LOCALES.flatMap((locale) => [...flat[locale]].filter(([, text]) => !text.trim()).map(([key]) => `${locale}:${key}`));
    expect(empty).toEqual([]);
  });
});
