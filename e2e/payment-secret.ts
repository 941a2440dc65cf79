/** The test gateway's secret of the e2e server (playwright.config.ts), so a spec can sign a gateway callback itself. */
export const E2E_PAYMENT_SECRET = "bi-mat-cong-thanh-toan-khi-kiem-thu";
