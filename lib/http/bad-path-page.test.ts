import { describe, expect, it } from "vitest";
import en from "@/messages/en/common.json";
import vi from "@/messages/vi/common.json";
import { badPathPage } from "./bad-path-page";

describe("badPathPage", () => {
  it("is the not-found page in the path's language, with the portal's name and links home and to the catalog", () => {
    const page = badPathPage("en");
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(page).toContain(`<title>${en.notFound.metaTitle}</title>`);
    expect(page).toContain(`<header><a href="/en">${en.portalTagline}</a></header>`);
    expect(page).toContain(`<h1>${en.notFound.title}</h1>`);
    expect(page).toContain(`<a class="button" href="/en">${en.notFound.home}</a> <a href="/en/thu-tuc">${en.notFound.search}</a>`);
    const vietnamese = badPathPage("vi");
    expect(vietnamese).toContain('<html lang="vi">');
    expect(vietnamese).toContain(`<h1>${vi.notFound.title}</h1>`);
    expect(vietnamese).toContain(`<a class="button" href="/">${vi.notFound.home}</a> <a href="/thu-tuc">${vi.notFound.search}</a>`);
  });

  it("loads nothing and runs nothing: its only style is inline", () => {
    const page = badPathPage("vi");
    expect(page).not.toMatch(/<script|<link|src=|url\(/);
    expect(page).toMatch(/<style>[^<]+<\/style>/);
  });
});
