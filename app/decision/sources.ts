// The source registry: every citation in rules and content names one of these ids.
// Current documents are preferred (RFC 10017 over the browser-apps draft, RFC 9700 over the security-topics
// drafts, the OWASP JWT cheat sheet as rewritten in August 2026).

export interface Source {
  title: string;
  publisher: string;
  url: string;
  /** Publication or last-revision date, ISO 8601 (year-month or full date). */
  date: string;
  kind: "standard" | "guidance" | "framework-docs" | "essay" | "article";
}

export const sources = {
  article: {
    title: "JWTは本当に必要なのか？Next.js開発者の疑問と検証",
    publisher: "Zenn",
    url: "",
    date: "2025-02",
    kind: "article",
  },
  rfc7519: {
    title: "RFC 7519: JSON Web Token (JWT)",
    publisher: "IETF",
    url: "https://www.rfc-editor.org/rfc/rfc7519",
    date: "2015-05",
    kind: "standard",
  },
  rfc8725: {
    title: "RFC 8725: JSON Web Token Best Current Practices (BCP 225)",
    publisher: "IETF",
    url: "https://www.rfc-editor.org/rfc/rfc8725",
    date: "2020-02",
    kind: "standard",
  },
  rfc6749: {
    title: "RFC 6749: The OAuth 2.0 Authorization Framework",
    publisher: "IETF",
    url: "https://www.rfc-editor.org/rfc/rfc6749",
    date: "2012-10",
    kind: "standard",
  },
  rfc6750: {
    title: "RFC 6750: OAuth 2.0 Bearer Token Usage",
    publisher: "IETF",
    url: "https://www.rfc-editor.org/rfc/rfc6750",
    date: "2012-10",
    kind: "standard",
  },
  rfc7636: {
    title: "RFC 7636: Proof Key for Code Exchange by OAuth Public Clients (PKCE)",
    publisher: "IETF",
    url: "https://www.rfc-editor.org/rfc/rfc7636",
    date: "2015-09",
    kind: "standard",
  },
  rfc7009: {
    title: "RFC 7009: OAuth 2.0 Token Revocation",
    publisher: "IETF",
    url: "https://www.rfc-editor.org/rfc/rfc7009",
    date: "2013-08",
    kind: "standard",
  },
  rfc7662: {
    title: "RFC 7662: OAuth 2.0 Token Introspection",
    publisher: "IETF",
    url: "https://www.rfc-editor.org/rfc/rfc7662",
    date: "2015-10",
    kind: "standard",
  },
  rfc9068: {
    title: "RFC 9068: JWT Profile for OAuth 2.0 Access Tokens",
    publisher: "IETF",
    url: "https://www.rfc-editor.org/rfc/rfc9068",
    date: "2021-10",
    kind: "standard",
  },
  rfc9700: {
    title: "RFC 9700: Best Current Practice for OAuth 2.0 Security (BCP 240)",
    publisher: "IETF",
    url: "https://www.rfc-editor.org/rfc/rfc9700",
    date: "2025-01",
    kind: "standard",
  },
  rfc9701: {
    title: "RFC 9701: JWT Response for OAuth Token Introspection",
    publisher: "IETF",
    url: "https://www.rfc-editor.org/rfc/rfc9701",
    date: "2025-01",
    kind: "standard",
  },
  rfc10017: {
    title: "RFC 10017: OAuth 2.0 for Browser-Based Applications (BCP 212)",
    publisher: "IETF",
    url: "https://www.rfc-editor.org/rfc/rfc10017",
    date: "2026-08",
    kind: "standard",
  },
  rfc8252: {
    title: "RFC 8252: OAuth 2.0 for Native Apps (BCP 212)",
    publisher: "IETF",
    url: "https://www.rfc-editor.org/rfc/rfc8252",
    date: "2017-10",
    kind: "standard",
  },
  rfc9449: {
    title: "RFC 9449: OAuth 2.0 Demonstrating Proof of Possession (DPoP)",
    publisher: "IETF",
    url: "https://www.rfc-editor.org/rfc/rfc9449",
    date: "2023-09",
    kind: "standard",
  },
  "oidc-backchannel": {
    title: "OpenID Connect Back-Channel Logout 1.0",
    publisher: "OpenID Foundation",
    url: "https://openid.net/specs/openid-connect-backchannel-1_0.html",
    date: "2023-12",
    kind: "standard",
  },
  "owasp-session": {
    title: "Session Management Cheat Sheet",
    publisher: "OWASP",
    url: "https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html",
    date: "2026-08",
    kind: "guidance",
  },
  "owasp-jwt": {
    title: "JSON Web Token Cheat Sheet",
    publisher: "OWASP",
    url: "https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_Cheat_Sheet.html",
    date: "2026-08",
    kind: "guidance",
  },
  "owasp-csrf": {
    title: "Cross-Site Request Forgery Prevention Cheat Sheet",
    publisher: "OWASP",
    url: "https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html",
    date: "2026-08",
    kind: "guidance",
  },
  "owasp-microservices": {
    title: "Microservices Security Cheat Sheet",
    publisher: "OWASP",
    url: "https://cheatsheetseries.owasp.org/cheatsheets/Microservices_Security_Cheat_Sheet.html",
    date: "2026-08",
    kind: "guidance",
  },
  "owasp-mobile": {
    title: "Mobile Application Security Cheat Sheet",
    publisher: "OWASP",
    url: "https://cheatsheetseries.owasp.org/cheatsheets/Mobile_Application_Security_Cheat_Sheet.html",
    date: "2026-08",
    kind: "guidance",
  },
  "authjs-sessions": {
    title: "Session strategies",
    publisher: "Auth.js",
    url: "https://authjs.dev/concepts/session-strategies",
    date: "2026",
    kind: "framework-docs",
  },
  "remix-sessions": {
    title: "Sessions and cookies",
    publisher: "Remix",
    url: "https://remix.run/docs/en/main/utils/sessions",
    date: "2025",
    kind: "framework-docs",
  },
  "rails-security": {
    title: "Securing Rails Applications: Sessions",
    publisher: "Ruby on Rails Guides",
    url: "https://guides.rubyonrails.org/security.html#session-storage",
    date: "2026",
    kind: "framework-docs",
  },
  "django-sessions": {
    title: "How to use sessions",
    publisher: "Django documentation",
    url: "https://docs.djangoproject.com/en/stable/topics/http/sessions/",
    date: "2026",
    kind: "framework-docs",
  },
  "laravel-session": {
    title: "HTTP Session",
    publisher: "Laravel 13.x documentation",
    url: "https://laravel.com/docs/13.x/session",
    date: "2026",
    kind: "framework-docs",
  },
  "express-session": {
    title: "express-session README",
    publisher: "Express",
    url: "https://github.com/expressjs/session#readme",
    date: "2025",
    kind: "framework-docs",
  },
  "authjs-core": {
    title:
      "@auth/core source: session action (lib/actions/session.ts), JWT encode (jwt.ts), cookie chunking (lib/utils/cookie.ts)",
    publisher: "Auth.js (nextauthjs/next-auth on GitHub)",
    url: "https://github.com/nextauthjs/next-auth/tree/a1a16a5a7780488c7449feece410033f445d0b31/packages/core/src",
    date: "2026-07-22",
    kind: "framework-docs",
  },
  "laravel-sanctum": {
    title: "Laravel Sanctum",
    publisher: "Laravel 13.x documentation",
    url: "https://laravel.com/docs/13.x/sanctum",
    date: "2026",
    kind: "framework-docs",
  },
  "oauth-status-list": {
    title: "Token Status List (draft-ietf-oauth-status-list), Internet-Draft, work in progress",
    publisher: "IETF",
    url: "https://datatracker.ietf.org/doc/draft-ietf-oauth-status-list/",
    date: "2026",
    kind: "standard",
  },
  "oauth-2-1": {
    title:
      "The OAuth 2.1 Authorization Framework (draft-ietf-oauth-v2-1), Internet-Draft, work in progress",
    publisher: "IETF",
    url: "https://datatracker.ietf.org/doc/draft-ietf-oauth-v2-1/",
    date: "2026",
    kind: "standard",
  },
  rfc6265bis: {
    title:
      "Cookies: HTTP State Management Mechanism (draft-ietf-httpbis-rfc6265bis), Internet-Draft, work in progress",
    publisher: "IETF",
    url: "https://datatracker.ietf.org/doc/draft-ietf-httpbis-rfc6265bis/",
    date: "2025-09",
    kind: "standard",
  },
  "saml-core": {
    title: "Assertions and Protocols for the OASIS Security Assertion Markup Language (SAML) V2.0",
    publisher: "OASIS",
    url: "https://docs.oasis-open.org/security/saml/v2.0/saml-core-2.0-os.pdf",
    date: "2005-03",
    kind: "standard",
  },
  "webkit-itp-2020": {
    title: "Full Third-Party Cookie Blocking and More",
    publisher: "WebKit blog",
    url: "https://webkit.org/blog/10218/full-third-party-cookie-blocking-and-more/",
    date: "2020-03-24",
    kind: "framework-docs",
  },
  "firefox-tcp-2022": {
    title: "Firefox rolls out Total Cookie Protection by default to all users worldwide",
    publisher: "Mozilla blog",
    url: "https://blog.mozilla.org/en/mozilla/firefox-rolls-out-total-cookie-protection-by-default-to-all-users-worldwide/",
    date: "2022-06-14",
    kind: "framework-docs",
  },
  "chrome-3pc-2025": {
    title: "Next steps for Privacy Sandbox and tracking protections in Chrome",
    publisher: "Google (Privacy Sandbox)",
    url: "https://privacysandbox.com/news/privacy-sandbox-next-steps/",
    date: "2025-04-22",
    kind: "framework-docs",
  },
  "degges-2017": {
    title: "Why JWTs Suck as Session Tokens",
    publisher: "Randall Degges (Okta)",
    url: "https://developer.okta.com/blog/2017/08/17/why-jwts-suck-as-session-tokens",
    date: "2017-08-17",
    kind: "essay",
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof sources;
export const SOURCE_IDS = Object.keys(sources) as SourceId[];
