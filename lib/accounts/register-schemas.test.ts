import { describe, expect, it } from "vitest";
import vi from "@/messages/vi/validation.json";
import { fieldErrorsOf } from "@/lib/validation/form-state";
import { registerBusinessSchema } from "./register-business-schema";
import { registerCitizenSchema } from "./register-citizen-schema";
import { signInSchema } from "./sign-in-schema";

const citizen = {
  fullName: "Nguyễn Văn An",
  idNumber: "049 090 012 345",
  dateOfBirth: "1990-05-15",
  phone: "+84 905 123 456",
  email: "An.Nguyen@Example.VN ",
  address: "Số 12 Phan Bội Châu, Tam Kỳ",
  password: "Manh@2024x",
  confirmPassword: "Manh@2024x",
};
const business = {
  fullName: "Công ty TNHH Hội An Xanh",
  idNumber: "4000123456-001",
  legalRepresentative: "Trần Thị Bình",
  phone: "0935123456",
  email: "lienhe@hoianxanh.vn",
  address: "45 Trần Hưng Đạo, Hội An",
  password: "Manh@2024x",
  confirmPassword: "Manh@2024x",
};

function errorsOf(result: { success: boolean; error?: Parameters<typeof fieldErrorsOf>[0] }) {
  return result.error ? fieldErrorsOf(result.error) : {};
}

describe("registerCitizenSchema", () => {
  it("accepts and normalises a valid citizen", () => {
    const result = registerCitizenSchema.parse(citizen);
    expect(result).toMatchObject({ idNumber: "049090012345", phone: "0905123456", email: "an.nguyen@example.vn" });
  });

  it("puts a catalog key on each bad field", () => {
    const errors = errorsOf(
      registerCitizenSchema.safeParse({
        ...citizen,
        fullName: "",
        idNumber: "12345",
        dateOfBirth: "2999-01-01",
        phone: "0235123456",
        email: "an@",
        address: "",
        password: "abc",
      }),
    );
    expect(errors).toMatchObject({
      fullName: "validation.accounts.fullName",
      idNumber: "validation.accounts.cccdFormat",
      dateOfBirth: "validation.accounts.dateOfBirthFuture",
      phone: "validation.accounts.phone",
      email: "validation.accounts.email",
      address: "validation.accounts.address",
      password: "validation.accounts.passwordLength",
    });
  });

  it("refuses a CCCD whose birth year is not the date of birth's, or whose province does not exist", () => {
    expect(errorsOf(registerCitizenSchema.safeParse({ ...citizen, dateOfBirth: "1991-05-15" }))).toEqual({
      idNumber: "validation.accounts.cccdYear",
    });
    expect(errorsOf(registerCitizenSchema.safeParse({ ...citizen, idNumber: "099090012345" }))).toEqual({
      idNumber: "validation.accounts.cccdProvince",
    });
    expect(registerCitizenSchema.safeParse({ ...citizen, idNumber: "049305012345", dateOfBirth: "2005-01-02" }).success).toBe(true);
  });

  it("wants a strong password, typed twice", () => {
    expect(errorsOf(registerCitizenSchema.safeParse({ ...citizen, password: "matkhau123", confirmPassword: "matkhau123" }))).toEqual({
      password: "validation.accounts.passwordStrength",
    });
    expect(errorsOf(registerCitizenSchema.safeParse({ ...citizen, confirmPassword: "Khac@2024x" }))).toEqual({
      confirmPassword: "validation.accounts.passwordMismatch",
    });
  });
});

describe("registerBusinessSchema", () => {
  it("accepts a branch tax code", () => {
    expect(registerBusinessSchema.parse(business).idNumber).toBe("4000123456-001");
  });
  it("refuses a malformed tax code and a missing representative", () => {
    expect(errorsOf(registerBusinessSchema.safeParse({ ...business, idNumber: "40001234", legalRepresentative: " " }))).toEqual({
      idNumber: "validation.accounts.taxCode",
      legalRepresentative: "validation.accounts.legalRepresentative",
    });
  });
});

describe("signInSchema", () => {
  it("needs both fields", () => {
    expect(errorsOf(signInSchema.safeParse({ identifier: " ", password: "" }))).toEqual({
      identifier: "validation.accounts.required",
      password: "validation.accounts.required",
    });
  });
});

describe("field error keys", () => {
  it("name Vietnamese texts of the validation catalog", () => {
    expect(vi.accounts.cccdYear).toMatch(/năm sinh/);
    for (const key of ["fullName", "cccdFormat", "phone", "passwordMismatch", "taxCode", "required"] as const)
      expect(vi.accounts[key]).toMatch(/\p{L}/u);
  });
});
