import { AGENCY_CODES } from "@/db/seed/administrative-units";
import { AGENCY_BODIES } from "@/db/seed/catalog-families/agency-bodies";
import type { FamilySpec, FeeSpec, OfficeSpec, TimeSpec, VariantSpec } from "@/db/seed/catalog-families/types";
import type { Audience, Level, ServiceContentInput } from "./service-schema";

/** The one-stop desk of each tier (docs/domain.md#transitions). */
const ONE_STOP: Record<Level, OfficeSpec> = {
  tinh: {
    counter: "Trung tâm Phục vụ hành chính công tỉnh Quảng Nam",
    address: "Trung tâm Phục vụ hành chính công tỉnh Quảng Nam, số 02 Trần Phú, TP Tam Kỳ",
  },
  huyen: {
    counter: "Bộ phận Một cửa UBND cấp huyện",
    address: "Bộ phận Một cửa UBND cấp huyện (Bộ phận Tiếp nhận và trả kết quả thuộc Văn phòng HĐND và UBND huyện, thị xã, thành phố)",
  },
  xa: {
    counter: "Bộ phận Một cửa UBND cấp xã",
    address: "Bộ phận Một cửa UBND cấp xã (trụ sở UBND xã, phường, thị trấn)",
  },
};

const PORTAL = "Cổng Dịch vụ công quốc gia hoặc Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Quảng Nam";

function formatDong(amount: number): string {
  return String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

function timeText(time: TimeSpec): string {
  if (time.text) return time.text;
  const value = String(time.value).padStart(2, "0");
  return time.unit === "ngay-lam-viec"
    ? `${value} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ`
    : `${value} giờ làm việc kể từ khi nhận đủ hồ sơ hợp lệ`;
}

function feeText(fees: FeeSpec[]): string {
  if (fees.length === 0) return "Không thu phí, lệ phí";
  return fees
    .map((f) => {
      if (f.amount === 0) return f.description ?? `${f.name}: miễn thu`;
      const amount = `${formatDong(f.amount)} đồng`;
      // A description that already starts with the amount (e.g. "8.000 đồng/bản sao") replaces it.
      if (f.description?.startsWith(amount)) return `${f.name}: ${f.description}`;
      return `${f.name}: ${amount}${f.description ? ` (${f.description})` : ""}`;
    })
    .join("; ");
}

const APPLICANT: Record<Audience, string> = { "cong-dan": "Cá nhân", "doanh-nghiep": "Tổ chức", "ca-hai": "Tổ chức, cá nhân" };

/** A variant's time limit: its own, or the family's scaled by timeFactor (working days only). */
function resolveTime(family: FamilySpec, variant: VariantSpec | null): TimeSpec {
  if (variant?.time) return variant.time;
  const factor = variant?.timeFactor ?? 1;
  if (factor === 1 || family.time.unit !== "ngay-lam-viec") return family.time;
  const value = Math.max(1, Math.round(family.time.value * factor));
  return value === family.time.value ? family.time : { value, unit: family.time.unit };
}

function defaultBodies(family: FamilySpec, level: Level): { performing: string; deciding: string } {
  const bodies = AGENCY_BODIES[family.agency];
  switch (level) {
    case "tinh":
      return { performing: bodies.province, deciding: bodies.head };
    case "huyen":
      return {
        performing: `${bodies.districtOffice} thuộc Ủy ban nhân dân cấp huyện`,
        deciding: "Chủ tịch Ủy ban nhân dân cấp huyện",
      };
    case "xa":
      return { performing: `Ủy ban nhân dân cấp xã (${bodies.communeOfficer})`, deciding: "Chủ tịch Ủy ban nhân dân cấp xã" };
  }
}

interface StepContext {
  applicant: string;
  counter: string;
  performing: string;
  deciding: string;
  result: string;
  fullyOnline: boolean;
  hasFee: boolean;
  postal: boolean;
}

/** Lower-cases the first letter of a common noun phrase, keeping proper document names such as "Giấy phép ..." intact. */
function lowerFirst(text: string): string {
  return /^(Giấy|Thẻ|Chứng chỉ|Phiếu|Trích lục|Bằng|Biển)/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

function defaultSteps(c: StepContext): string[] {
  const steps = [
    `${c.applicant} chuẩn bị hồ sơ đầy đủ theo quy định và nộp trực tiếp tại ${c.counter}${c.postal ? ", qua dịch vụ bưu chính công ích" : ""} hoặc nộp trực tuyến trên ${PORTAL}.`,
    "Cán bộ, công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ sơ: hồ sơ đầy đủ thì cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung một lần bằng văn bản; hồ sơ nộp trực tuyến được tiếp nhận hoặc từ chối trong 08 giờ làm việc.",
    `${c.performing} thẩm định hồ sơ, xác minh khi cần thiết và trình ${c.deciding} xem xét, quyết định; trường hợp không giải quyết thì trả lời bằng văn bản và nêu rõ lý do.`,
  ];
  if (c.hasFee) {
    steps.push(
      c.fullyOnline
        ? `Người nộp hồ sơ thanh toán phí, lệ phí trực tuyến qua Nền tảng thanh toán trực tuyến của Cổng Dịch vụ công quốc gia, hoặc nộp trực tiếp tại ${c.counter} khi nộp hồ sơ trực tiếp.`
        : `Người nộp hồ sơ nộp phí, lệ phí trực tiếp tại ${c.counter} hoặc chuyển khoản theo thông báo của cơ quan giải quyết.`,
    );
  }
  steps.push(
    c.fullyOnline
      ? `Trả kết quả: ${c.result} được trả bản điện tử vào tài khoản của người nộp trên Cổng Dịch vụ công; bản giấy được gửi qua dịch vụ bưu chính công ích nếu có yêu cầu, hoặc người nộp trực tiếp nhận tại ${c.counter}.`
      : `Trả kết quả: người nộp nhận ${lowerFirst(c.result)} tại ${c.counter}${c.postal ? " hoặc qua dịch vụ bưu chính công ích" : ""} theo ngày hẹn ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.`,
  );
  return steps.map((s, i) => `Bước ${i + 1}: ${s}`);
}

/** Expands one family procedure (variant null) or one of its variants into a complete catalog entry. */
export function buildServiceContent(family: FamilySpec, variant: VariantSpec | null, code: string, popularity: number): ServiceContentInput {
  const level = variant?.level ?? family.level;
  const sameLevel = level === family.level;
  const mode = variant?.mode ?? family.mode;
  const fullyOnline = mode === "toan-trinh";
  const fees = variant?.fees ?? family.fees ?? [];
  const hasFee = fees.some((f) => f.amount > 0);
  const time = resolveTime(family, variant);
  const result = variant?.result ?? family.result;
  const audience = variant?.audience ?? family.audience;

  // Bodies and the receiving desk belong to a tier: a variant at another tier falls back to that tier's defaults.
  const defaults = defaultBodies(family, level);
  const inherited = sameLevel ? family : undefined;
  const performing = variant?.performingBody ?? inherited?.performingBody ?? defaults.performing;
  const deciding = variant?.decidingBody ?? inherited?.decidingBody ?? defaults.deciding;
  const office = variant?.office ?? inherited?.office ?? ONE_STOP[level];
  const postal = variant?.postal ?? family.postal ?? level !== "xa";

  const feeBasis = variant?.feeBasis ?? (variant?.fees ? undefined : family.feeBasis);
  if (fees.length > 0 && !feeBasis) {
    throw new Error(`Thiếu căn cứ thu phí, lệ phí cho "${variant?.name ?? family.name}"`);
  }

  const limit = timeText(time);
  const fee = feeText(fees);
  const onlineFee = variant?.onlineFee ?? (variant?.fees ? undefined : family.onlineFee);
  const inPerson =
    variant?.inPerson ??
    family.inPerson ??
    (hasFee
      ? `người nộp đến ${office.counter} để đối chiếu bản chính giấy tờ, nộp phí, lệ phí và nhận kết quả`
      : `người nộp đến ${office.counter} để đối chiếu bản chính giấy tờ và nhận kết quả`);

  const channels: ServiceContentInput["channels"] = [
    { channel: "truc-tiep", timeLimit: limit, fee, description: `Nộp hồ sơ trực tiếp tại ${office.counter} trong giờ hành chính.` },
    {
      channel: "truc-tuyen",
      timeLimit: limit,
      fee: onlineFee ?? (hasFee && fullyOnline ? `${fee}; thanh toán trực tuyến` : fee),
      description: fullyOnline
        ? `Nộp hồ sơ${hasFee ? ", thanh toán phí, lệ phí trực tuyến" : ""} và nhận kết quả điện tử trên ${PORTAL}; không phải đến cơ quan nhà nước.`
        : `Nộp hồ sơ trực tuyến trên ${PORTAL}; sau đó ${inPerson}.`,
    },
  ];
  if (postal) {
    channels.push({
      channel: "buu-chinh",
      timeLimit: limit,
      fee: `${fee}; cước dịch vụ bưu chính theo giá của doanh nghiệp bưu chính`,
      description: "Gửi hồ sơ và nhận kết quả qua dịch vụ bưu chính công ích.",
    });
  }

  const steps =
    variant?.steps ??
    (variant === null && family.steps
      ? family.steps
      : defaultSteps({ applicant: APPLICANT[audience], counter: office.counter, performing, deciding, result, fullyOnline, hasFee, postal }));

  return {
    code,
    name: variant?.name ?? family.name,
    fieldCode: variant?.field ?? family.field,
    agencyCode: AGENCY_CODES[family.agency],
    performingBody: performing,
    decidingBody: deciding,
    level,
    mode,
    audience,
    steps,
    channels,
    documents: [...(variant?.docs ?? family.docs), ...(variant?.extraDocs ?? [])],
    setsCount: 1,
    timeLimitValue: time.value,
    timeLimitUnit: time.unit,
    timeLimitText: limit,
    fees: fees.map((f) => ({ name: f.name, amount: f.amount, description: f.description ?? "" })),
    feeLegalBasis: feeBasis ?? "Không thu phí",
    result,
    legalBasis: [...(variant?.legal ?? family.legal), ...(variant?.extraLegal ?? [])],
    conditions: variant?.conditions ?? family.conditions ?? "Không",
    receivingAddress: office.address,
    formDefinition: [...(variant?.form ?? family.form), ...(variant?.extraForm ?? [])],
    popularity,
    lifeEvents: [...(variant?.lifeEvents ?? family.lifeEvents ?? [])],
  };
}
