// Field limits of a record, shared by the server's schema and the forms' maxlength (browser-safe, unlike
// records.server.ts).
export const RECORD_LIMITS = { title: 120, context: 4000, names: 20, name: 80 } as const;
