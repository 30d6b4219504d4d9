import { z } from 'zod';

// The CSP forbids eval; without this zod probes `new Function` and the browser reports a violation.
// Imported first by main.tsx so it runs before any schema module is evaluated.
z.config({ jitless: true });
