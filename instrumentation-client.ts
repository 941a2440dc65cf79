import { config } from "zod";

// Runs in the browser before the app. The Content-Security-Policy forbids eval in production; zod probes
// for it (`new Function("")`, caught) on its first object parse, and the browser reports the refused probe
// as a CSP violation. Without the probe zod validates the same, only without its compiled fast path.
config({ jitless: true });
