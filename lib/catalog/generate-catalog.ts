import { CATALOG_FAMILIES } from "@/db/seed/catalog-families";
import type { FamilySpec, VariantSpec } from "@/db/seed/catalog-families/types";
import { buildServiceContent } from "./build-service-content";
import type { ServiceContentInput } from "./service-schema";

/** The seed article's figure: 1.305 online public services published on the national portal. */
export const CATALOG_SIZE = 1305;

/** FNV-1a, so derived codes and popularity depend on a service's name, not on its position. */
function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** mulberry32: a small seeded PRNG for the popularity spread. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Candidate {
  family: FamilySpec;
  variant: VariantSpec | null;
}

/**
 * Every family procedure is kept. When the families hold more variants than the catalog size, the
 * surplus is dropped one at a time: the last province-level variant of the family with the longest
 * variant list. Province-level variants are the most numerous, so the lower tiers keep all of theirs.
 */
function selectCandidates(families: FamilySpec[]): Candidate[] {
  const variants = families.map((f) => [...(f.variants ?? [])]);
  const isProvince = (i: number, v: VariantSpec) => (v.level ?? families[i]?.level) === "tinh";
  let total = families.length + variants.reduce((n, list) => n + list.length, 0);
  if (total < CATALOG_SIZE) {
    throw new Error(`Danh mục chỉ có ${total} thủ tục, cần ${CATALOG_SIZE}`);
  }
  for (; total > CATALOG_SIZE; total--) {
    let longest = -1;
    variants.forEach((list, i) => {
      if (list.some((v) => isProvince(i, v)) && list.length >= (variants[longest]?.length ?? 0)) longest = i;
    });
    if (longest < 0) throw new Error("Không còn thủ tục cấp tỉnh để lược bớt");
    const list = variants[longest] ?? [];
    const last = list.map((v) => isProvince(longest, v)).lastIndexOf(true);
    list.splice(last, 1);
  }
  return families.flatMap((family, i) => [{ family, variant: null }, ...(variants[i] ?? []).map((variant) => ({ family, variant }))]);
}

/** A national-looking code (1.0xxxxx / 2.0xxxxx) derived from the name, avoiding every code already taken. */
function derivedCode(key: string, taken: Set<string>): string {
  let h = hash(key);
  for (;;) {
    const prefix = h % 2 === 0 ? "1" : "2";
    const code = `${prefix}.${String(Math.floor(h / 2) % 14000).padStart(6, "0")}`;
    if (!taken.has(code)) return code;
    h = (h + 7919) >>> 0;
  }
}

function popularityOf(c: Candidate, name: string): number {
  if (c.variant === null) return c.family.popularity;
  if (c.variant.popularity !== undefined) return c.variant.popularity;
  const spread = 0.8 + 0.4 * prng(hash(name))();
  return Math.max(1, Math.round(c.family.popularity * (c.variant.popularityFactor ?? 0.25) * spread));
}

/** The seed catalog: exactly CATALOG_SIZE complete services, identical on every call. */
export function generateCatalog(): ServiceContentInput[] {
  const candidates = selectCandidates(CATALOG_FAMILIES);

  const taken = new Set<string>();
  for (const c of candidates) {
    const code = c.variant ? c.variant.code : c.family.code;
    if (!code) continue;
    if (taken.has(code)) throw new Error(`Mã thủ tục ${code} bị trùng`);
    taken.add(code);
  }

  const names = new Set<string>();
  return candidates.map((c) => {
    const name = c.variant?.name ?? c.family.name;
    const level = c.variant?.level ?? c.family.level;
    const key = `${name}|${level}`;
    if (names.has(key)) throw new Error(`Thủ tục "${name}" (cấp ${level}) bị trùng`);
    names.add(key);

    let code = c.variant ? c.variant.code : c.family.code;
    if (!code) {
      code = derivedCode(key, taken);
      taken.add(code);
    }
    return buildServiceContent(c.family, c.variant, code, popularityOf(c, name));
  });
}
