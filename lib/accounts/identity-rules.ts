/**
 * Pure rules for the identity numbers of docs/domain.md#identity.
 * CCCD: 3 digits birth province, 1 digit century + sex, 2 digits birth year, 6 random digits.
 */

/** Province and city codes used in CCCD numbers (Circular 07/2016/TT-BCA, still in force for old codes). */
const CCCD_PROVINCE_CODES: ReadonlySet<string> = new Set([
  "001",
  "002",
  "004",
  "006",
  "008",
  "010",
  "011",
  "012",
  "014",
  "015",
  "017",
  "019",
  "020",
  "022",
  "024",
  "025",
  "026",
  "027",
  "030",
  "031",
  "033",
  "034",
  "035",
  "036",
  "037",
  "038",
  "040",
  "042",
  "044",
  "045",
  "046",
  "048",
  "049",
  "051",
  "052",
  "054",
  "056",
  "058",
  "060",
  "062",
  "064",
  "066",
  "067",
  "068",
  "070",
  "072",
  "074",
  "075",
  "077",
  "079",
  "080",
  "082",
  "083",
  "084",
  "086",
  "087",
  "089",
  "091",
  "092",
  "093",
  "094",
  "095",
  "096",
]);

export type CccdProblem = "format" | "province";

/** "format" when not 12 digits, "province" when the first three are not a real province code, else null. */
export function checkCccd(value: string): CccdProblem | null {
  if (!/^\d{12}$/.test(value)) return "format";
  if (!CCCD_PROVINCE_CODES.has(value.slice(0, 3))) return "province";
  return null;
}

/** The birth year a CCCD encodes: 4th digit 0/1 → 1900s, 2/3 → 2000s, 4/5 → 2100s … (even = male, odd = female). */
export function cccdBirthYear(value: string): number {
  const centuryDigit = Number(value[3]);
  const century = 1900 + Math.floor(centuryDigit / 2) * 100;
  return century + Number(value.slice(4, 6));
}

export function isTaxCode(value: string): boolean {
  return /^\d{10}(-\d{3})?$/.test(value);
}

/** A Vietnamese mobile number in its national form (0xxxxxxxxx), or null. Accepts +84/84, spaces, dots, dashes. */
export function normalizeMobilePhone(raw: string): string | null {
  const compact = raw.replace(/[\s.()-]/g, "");
  const national = compact.replace(/^(\+84|84(?=\d{9}$))/, "0");
  return /^0[35789]\d{8}$/.test(national) ? national : null;
}

/** A real calendar date in yyyy-mm-dd form. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** At least one lower-case letter, one upper-case letter and one digit (Vietnamese letters count). */
export function isStrongPassword(value: string): boolean {
  return /\p{Ll}/u.test(value) && /\p{Lu}/u.test(value) && /\p{Nd}/u.test(value);
}
