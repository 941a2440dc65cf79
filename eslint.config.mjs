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
  { ignores: [".next/**", "node_modules/**", ".data/**", "db/migrations/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
