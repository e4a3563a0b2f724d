// Field limits of a team round, shared by the server's schemas and the forms' maxlength (browser-safe, unlike
// rounds.server.ts).
export const ROUND_LIMITS = {
  members: 50,
  title: 120,
  name: 40,
  note: 200,
  days: 30,
} as const;
