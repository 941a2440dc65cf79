import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

// The arrow points one way (docs/architecture.md): app/ → components/ and lib/ → db/. Pages and components
// call lib functions; they neither build queries nor hold the database client, and components never reach
// into app/ (server actions live in lib/<domain>/actions/).
const DATABASE_IMPORTS = {
  group: ["drizzle-orm", "drizzle-orm/*", "@/db/*", "@/db/schema/*", "**/db/client", "**/db/schema", "**/db/schema/*"],
  message: "No database access from app/ or components/: call a query or use case in lib/ (withDatabase from @/lib/database/with-database).",
};
const APP_IMPORTS = {
  group: ["@/app/*", "**/app/*"],
  message: "Components must not import from app/: server actions live in lib/<domain>/actions/, shared types in lib/.",
};
// Languages (docs/i18n.md): numbers and dates take the reader's locale (intlTag(locale) from lib/i18n/locales.ts,
// ICU arguments, getFormatter), and pages and actions redirect within the reader's language
// (redirectInLocale from lib/i18n/server-redirect.ts). Warnings while the areas move to the catalog.
const HARD_CODED_LOCALE = {
  selector: "Literal[value='vi-VN'], TemplateElement[value.raw='vi-VN']",
  message: 'No hard-coded "vi-VN": use intlTag(locale) from lib/i18n/locales.ts, an ICU argument or getFormatter() (docs/i18n.md).',
};
const REDIRECT_IMPORTS = {
  name: "next/navigation",
  importNames: ["redirect", "permanentRedirect"],
  message: "Redirect within the reader's language: redirectInLocale from lib/i18n/server-redirect.ts (docs/i18n.md).",
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { "@typescript-eslint": tseslint.plugin },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      // Plain <a> links are deliberate (PlainLink: cached pages without the client router), and under the
      // [locale] root segment the rule takes every "/x" for a page of its own (docs/i18n.md).
      "@next/next/no-html-link-for-pages": "off",
    },
  },
  { files: ["app/**/*.{ts,tsx}"], rules: { "no-restricted-imports": ["error", { patterns: [DATABASE_IMPORTS] }] } },
  { files: ["components/**/*.{ts,tsx}"], rules: { "no-restricted-imports": ["error", { patterns: [DATABASE_IMPORTS, APP_IMPORTS] }] } },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "db/**/*.ts", "scripts/**/*.ts"],
    ignores: ["lib/i18n/**"],
    rules: { "no-restricted-syntax": ["error", HARD_CODED_LOCALE] },
  },
  {
    files: ["app/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: ["lib/i18n/**"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { paths: [REDIRECT_IMPORTS] }] },
  },
  { ignores: [".next/**", "node_modules/**", ".data/**", "db/migrations/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
