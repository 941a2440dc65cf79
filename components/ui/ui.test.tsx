import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { catalogs } from "@/lib/i18n/catalog";
import { Alert } from "./alert";
import { buttonClass } from "./button";
import { Card, cardClass } from "./card";
import { DataTable } from "./data-table";
import { ErrorSummary } from "./error-summary";
import { FactList } from "./fact-list";
import { CheckboxField, ChoiceGroup, FileField, SelectField, TextField, TextareaField } from "./field";
import { FilterInput, FilterSelect } from "./filter-select";
import { Section } from "./section";
import { SubmitButton } from "./submit-button";

// The kit's own texts come from the catalog; one made-up validation key shows how field errors are turned
// from keys into text (docs/i18n.md).
const messages = { ...catalogs.vi, validation: { ...catalogs.vi.validation, test: { phone: "Số điện thoại phải có 10 chữ số" } } };
const englishMessages = { ...catalogs.en, validation: { ...catalogs.en.validation, test: { phone: "The phone number must have 10 digits" } } };
const html = (node: React.ReactNode, locale: "vi" | "en" = "vi") =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} timeZone="Asia/Ho_Chi_Minh" messages={locale === "vi" ? messages : englishMessages}>
      {node}
    </NextIntlClientProvider>,
  );

/** The attributes of the first element matching a tag (and id), as a map. */
function attributesOf(markup: string, tag: string, id?: string): Record<string, string> {
  const pattern = new RegExp(`<${tag}\\b([^>]*)>`, "g");
  for (const [, raw] of markup.matchAll(pattern)) {
    const attributes = Object.fromEntries(
      [...(raw ?? "").matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [name!.toLowerCase(), value ?? ""]),
    );
    if (id === undefined || attributes.id === id) return attributes;
  }
  throw new Error(`no <${tag}${id ? ` id=${id}` : ""}> in ${markup}`);
}

describe("TextField", () => {
  it("ties the label, the hint and the error to the input", () => {
    const markup = html(<TextField id="phone" name="phone" label="Số điện thoại" hint="10 chữ số" error="Sai số" required />);
    expect(markup).toContain('<label for="phone"');
    const input = attributesOf(markup, "input");
    expect(input).toMatchObject({
      id: "phone",
      name: "phone",
      type: "text",
      required: "",
      "aria-invalid": "true",
      "aria-describedby": "phone-goi-y phone-loi",
    });
    expect(attributesOf(markup, "p", "phone-goi-y")).toBeDefined();
    expect(markup).toMatch(/<p id="phone-loi"[^>]*>Sai số<\/p>/);
  });

  it("shows a catalog key as its text in the reader's language, and any other text as it is", () => {
    const vi = html(<TextField id="phone" name="phone" label="Số điện thoại" error="validation.test.phone" required />);
    expect(vi).toMatch(/<p id="phone-loi"[^>]*>Số điện thoại phải có 10 chữ số<\/p>/);
    expect(vi).toContain("(bắt buộc)");
    const en = html(<TextField id="phone" name="phone" label="Phone" error="validation.test.phone" required />, "en");
    expect(en).toMatch(/<p id="phone-loi"[^>]*>The phone number must have 10 digits<\/p>/);
    expect(en).toContain("(required)");
    expect(html(<TextField id="x" label="X" error="Sai. Nhập lại." />)).toMatch(/>Sai. Nhập lại.<\/p>/);
  });

  it("describes nothing when there is no hint and no error, and is neither required nor invalid", () => {
    const input = attributesOf(html(<TextField id="email" type="email" label="Thư điện tử" />), "input");
    expect(input.type).toBe("email");
    expect(input).not.toHaveProperty("aria-describedby");
    expect(input).not.toHaveProperty("aria-invalid");
    expect(input).not.toHaveProperty("required");
  });

  it("keeps the required marker out of the label (and hidden), and puts the optional one in it", () => {
    const required = html(<TextField id="a" label="Họ và tên" required />);
    expect(required).toMatch(/<label for="a">Họ và tên<\/label><span aria-hidden="true"[^>]*> \(bắt buộc\)<\/span>/);
    const optional = html(<TextField id="b" label="Ngày sinh" optional />);
    expect(optional).toMatch(/<label for="b">Ngày sinh<span class="[^"]*"> \(không bắt buộc\)<\/span><\/label>/);
  });

  it("passes react-hook-form's registration through to the input", () => {
    const input = attributesOf(html(<TextField id="x" label="X" name="x" maxLength={20} autoComplete="tel" inputMode="tel" />), "input");
    expect(input).toMatchObject({ name: "x", maxlength: "20", autocomplete: "tel", inputmode: "tel" });
  });
});

describe("SelectField, TextareaField, CheckboxField", () => {
  it("wire the same ids on a select and a textarea", () => {
    const select = attributesOf(
      html(
        <SelectField id="unit" label="Nơi nhận" error="Chọn nơi nhận">
          <option value="">—</option>
        </SelectField>,
      ),
      "select",
    );
    expect(select).toMatchObject({ id: "unit", "aria-describedby": "unit-loi", "aria-invalid": "true" });
    const textarea = attributesOf(html(<TextareaField id="note" label="Ghi chú" hint="Tối đa 2000 ký tự" rows={5} />), "textarea");
    expect(textarea).toMatchObject({ id: "note", rows: "5", "aria-describedby": "note-goi-y" });
  });

  it("puts a checkbox's label beside it and its error above", () => {
    const markup = html(<CheckboxField id="agree" name="agree" label="Tôi cam đoan" error="Vui lòng xác nhận" />);
    expect(attributesOf(markup, "input")).toMatchObject({ type: "checkbox", id: "agree", "aria-describedby": "agree-loi" });
    expect(markup.indexOf("agree-loi")).toBeLessThan(markup.indexOf("<input"));
    expect(markup).toContain('<label for="agree">Tôi cam đoan</label>');
  });
});

describe("FileField", () => {
  it("posts one PDF or image as `file`, tied to its label", () => {
    const markup = html(<FileField id="ket-qua-tep" label="Tệp kết quả" required />);
    expect(markup).toContain('<label for="ket-qua-tep"');
    expect(attributesOf(markup, "input")).toEqual({
      name: "file",
      type: "file",
      accept: "application/pdf,image/jpeg,image/png",
      class: "mt-2 block w-full",
      id: "ket-qua-tep",
      required: "",
    });
  });
});

describe("ChoiceGroup", () => {
  const choices = [
    { value: "1", label: "Trực tiếp" },
    { value: "3", label: "Bưu chính" },
  ];

  it("is a fieldset named by its legend, described by its error, the first choice carrying the id", () => {
    const markup = html(<ChoiceGroup id="channel" name="channel" legend="Kênh" choices={choices} defaultValue="3" error="Chọn kênh" required />);
    expect(attributesOf(markup, "fieldset")).toMatchObject({ "aria-describedby": "channel-loi" });
    expect(markup).toMatch(/<legend[^>]*>Kênh/);
    expect(attributesOf(markup, "input", "channel")).toMatchObject({ type: "radio", name: "channel", value: "1", required: "" });
    expect(attributesOf(markup, "input", "channel-1")).toMatchObject({ value: "3", checked: "" });
    expect(attributesOf(markup, "input", "channel")).not.toHaveProperty("checked");
  });

  it("checks every listed value of a checkbox group", () => {
    const markup = html(<ChoiceGroup id="roles" name="roles" type="checkbox" legend="Vai trò" choices={choices} defaultValue={["1", "3"]} />);
    expect(attributesOf(markup, "input", "roles")).toMatchObject({ type: "checkbox", checked: "" });
    expect(attributesOf(markup, "input", "roles-1")).toMatchObject({ checked: "" });
  });
});

describe("ErrorSummary", () => {
  it("renders nothing without errors", () => {
    expect(html(<ErrorSummary errors={{}} />)).toBe("");
  });

  it("is a focusable alert whose messages link to their fields", () => {
    const markup = html(
      <ErrorSummary errors={{ phone: "Sai số", other: "Lỗi chung" }} labels={{ phone: "Số điện thoại" }} ids={{ phone: "f-phone" }} />,
    );
    expect(attributesOf(markup, "div")).toMatchObject({ role: "alert", tabindex: "-1" });
    expect(markup).toContain('<a href="#f-phone" class="text-accent-700 underline">Số điện thoại: Sai số</a>');
    expect(markup).toContain("<li>Lỗi chung</li>");
  });

  it("links a message without a label to the control its id names, the message alone", () => {
    const markup = html(<ErrorSummary errors={{ "pakn-phone": "Sai số" }} ids={{ "pakn-phone": "pakn-phone" }} focus={false} />);
    expect(markup).toContain('<a href="#pakn-phone" class="text-accent-700 underline">Sai số</a>');
    expect(attributesOf(markup, "div")).toMatchObject({ role: "alert", tabindex: "-1" });
  });
});

describe("SubmitButton", () => {
  it("is a plain enabled submit button before any post (and without JavaScript)", () => {
    const button = attributesOf(html(<SubmitButton>Gửi</SubmitButton>), "button");
    expect(button.type).toBe("submit");
    expect(button).not.toHaveProperty("disabled");
    expect(button.class).toContain("bg-brand-700");
  });

  it("is disabled while pending", () => {
    const button = attributesOf(
      html(
        <SubmitButton pending variant="danger">
          Xác nhận
        </SubmitButton>,
      ),
      "button",
    );
    expect(button).toMatchObject({ disabled: "", "aria-disabled": "true" });
    expect(button.class).toContain("bg-accent-700");
  });
});

describe("buttonClass, Card, Alert", () => {
  it("gives each variant its own look", () => {
    const looks = new Set((["primary", "secondary", "negative", "danger"] as const).map((v) => buttonClass(v)));
    expect(looks.size).toBe(4);
    expect(buttonClass("secondary", { size: "sm", extra: "w-full" })).toMatch(/px-3 py-1 text-sm .*border-brand-700.* w-full$/);
  });

  it("frames content in the one card class", () => {
    expect(cardClass()).toBe("card");
    expect(cardClass("grid gap-2", "none")).toBe("card p-0 grid gap-2");
    expect(
      html(
        <Card as="li" aria-labelledby="t">
          x
        </Card>,
      ),
    ).toBe('<li class="card" aria-labelledby="t">x</li>');
  });

  it("announces an error at once and a confirmation politely", () => {
    expect(attributesOf(html(<Alert kind="error">Sai</Alert>), "div").role).toBe("alert");
    expect(attributesOf(html(<Alert kind="success">Đã lưu</Alert>), "div").role).toBe("status");
    expect(
      attributesOf(
        html(
          <Alert kind="info" role={null}>
            Lưu ý
          </Alert>,
        ),
        "div",
      ),
    ).not.toHaveProperty("role");
  });
});

describe("FilterSelect, FilterInput", () => {
  it("names the select by its id, offers 'any' first and keeps the chosen value", () => {
    const markup = html(
      <FilterSelect id="status" label="Trạng thái" emptyLabel="Tất cả" choices={[{ value: "2", label: "Đang xử lý" }]} defaultValue="2" />,
    );
    expect(attributesOf(markup, "select")).toMatchObject({ id: "status", name: "status" });
    expect(markup).toMatch(/<option value="">Tất cả<\/option><option value="2" selected="">Đang xử lý<\/option>/);
  });

  it("describes a filter input by its error", () => {
    const input = attributesOf(html(<FilterInput id="from" type="date" label="Từ ngày" error="Ngày không hợp lệ" />), "input");
    expect(input).toMatchObject({ name: "from", "aria-describedby": "from-loi", "aria-invalid": "true" });
  });
});

describe("DataTable", () => {
  it("scrolls in a focusable region labelled by its caption, with column headers scoped", () => {
    const markup = html(
      <DataTable id="queue" caption="Danh sách hồ sơ" captionHidden columns={[{ header: "Mã" }, { header: "Số", className: "text-right" }]}>
        <tr>
          <th scope="row">A</th>
          <td>1</td>
        </tr>
      </DataTable>,
    );
    expect(attributesOf(markup, "div")).toMatchObject({ role: "region", "aria-labelledby": "queue-caption", tabindex: "0" });
    expect(attributesOf(markup, "div").class).toContain("overflow-x-auto");
    expect(markup).toMatch(/<caption id="queue-caption" class="sr-only">Danh sách hồ sơ<\/caption>/);
    expect(markup).toContain('<th scope="col">Mã</th><th scope="col" class="text-right">Số</th>');
  });
});

describe("Section, FactList", () => {
  it("labels a section by its own heading", () => {
    expect(
      html(
        <Section id="ket-qua" title="Kết quả" className="grid gap-2">
          <p>x</p>
        </Section>,
      ),
    ).toBe('<section aria-labelledby="ket-qua" class="grid gap-2"><h2 id="ket-qua" class="text-xl font-bold">Kết quả</h2><p>x</p></section>');
    expect(
      html(
        <Section id="phieu" title="Phiếu" headingClassName="text-lg font-semibold">
          x
        </Section>,
      ),
    ).toBe('<section aria-labelledby="phieu"><h2 id="phieu" class="text-lg font-semibold">Phiếu</h2>x</section>');
  });

  it("lists each term before its value, in order", () => {
    expect(
      html(
        <FactList
          facts={[
            ["Mã", "H47.01"],
            ["Cơ quan", "Sở Tư pháp"],
          ]}
          className="mt-3 gap-x-4 gap-y-1"
          valueClassName="break-words"
        />,
      ),
    ).toBe(
      '<dl class="grid sm:grid-cols-[max-content_1fr] mt-3 gap-x-4 gap-y-1">' +
        '<div class="contents"><dt class="font-semibold">Mã</dt><dd class="break-words">H47.01</dd></div>' +
        '<div class="contents"><dt class="font-semibold">Cơ quan</dt><dd class="break-words">Sở Tư pháp</dd></div></dl>',
    );
  });
});
