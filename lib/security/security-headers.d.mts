export type HeaderEnv = { NODE_ENV?: string; PORTAL_URL?: string; APP_URL?: string; AUTH_URL?: string; OIDC_ISSUER?: string };
export const FILE_ROUTES: string[];
export function contentSecurityPolicy(env: HeaderEnv): string;
export function securityHeaderRules(env: HeaderEnv): { source: string; headers: { key: string; value: string }[] }[];
