/**
 * A real OpenID Connect provider for the e2e tests (the `oidc-provider` package, with its built-in
 * development login and consent pages), standing in for the national identity provider (VNeID).
 * Any login name signs in; its claims are a verified email <login>@vneid.example and a name.
 * Started by playwright.config.ts; never used by the app itself.
 */
import Provider from "oidc-provider";

const port = Number(process.env.OIDC_TEST_PORT ?? 3190);
const appPort = Number(process.env.OIDC_TEST_APP_PORT ?? 3100);
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: process.env.OIDC_TEST_CLIENT_ID ?? "cong-dich-vu-cong",
      client_secret: process.env.OIDC_TEST_CLIENT_SECRET ?? "bi-mat-chi-dung-khi-kiem-thu",
      redirect_uris: [`http://127.0.0.1:${appPort}/api/auth/callback/oidc`, `http://localhost:${appPort}/api/auth/callback/oidc`],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  async findAccount(_ctx, id) {
    return {
      accountId: id,
      async claims() {
        return { sub: id, email: `${id}@vneid.example`, email_verified: true, name: "Phan Thị VNeID" };
      },
    };
  },
  features: { devInteractions: { enabled: true } },
  pkce: { required: () => true },
  cookies: { keys: ["khoa-cookie-kiem-thu"] },
});

provider.listen(port, () => console.log(`OIDC test provider at ${issuer}`));
