// Ids of the arguments that rules cite. Each has an entry in content/{en,ja}/arguments/<id>.mdx that
// paraphrases the article's claim, the author's answer and what the standards say. "article" arguments
// come from a section of the article; "addition" arguments are what the article leaves out.

export const ARTICLE_ARGUMENT_IDS = [
  "stateless-scale-out",
  "microservices-sso",
  "cross-domain",
  "cookie-independence",
  "standardisation",
  "signature-tamper-detection",
  "stolen-token",
  "expiry-without-jwt",
  "logout-is-hard",
  "claims-authorisation",
  "performance",
  "client-held-key",
  "no-microservices-no-benefit",
] as const;

export const ADDITION_ARGUMENT_IDS = [
  "csrf-for-cookies",
  "xss-and-token-storage",
  "session-fixation",
  "refresh-token-rotation",
  "framework-defaults",
  "third-party-cookies",
] as const;

export const ARGUMENT_IDS = [...ARTICLE_ARGUMENT_IDS, ...ADDITION_ARGUMENT_IDS] as const;
export type ArgumentId = (typeof ARGUMENT_IDS)[number];
