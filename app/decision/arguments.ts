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

/** The article's section headings that arguments cite (citation by title and section, per SPEC). */
export const ARTICLE_TITLE = "JWTは本当に必要なのか？Next.js開発者の疑問と検証";
export const ARTICLE_SECTIONS = [
  "アプリケーションサーバーのファイルシステムでセッション管理する方法と比べると",
  "マイクロサービス構成にすることを考えると",
  "セッション情報はセッションサーバーに保存しますし、マイクロサービス構成にすることも無いのですが、それでもメリットはありますか？",
  "ドメインに依存しないトークンであるため、異なるドメイン間での認証情報の共有が容易です",
  "Cookieに依存しない認証方式を容易に実現できます",
  "標準化された技術である",
  "トークンの有効期間を限定し、漏洩時のリスクを軽減できます",
  "セッションIDのみの場合と比較して、より安全な認証が可能ですとありますが、結局署名済みのJWTを盗まれたらセッションIDと同じではないですか？",
  "セッションIDはサーバー側のセッション特定用の文字列でしかないので改ざんされたかどうか検証する必要がそもそもないのでは？また、セッションの暗号化キーをクライアント側で管理していること自体がアンチパターンなので、これを持ち出してくるのは不公平では？",
  "今までの会話を踏まえて、JWTのメリットを改めてまとめてください。プライベートサブネットにセッションサーバーを置いて、セッションIDを使用するケースと比較してください。また、マイクロサービス構成にするつもりはないです。",
] as const;
