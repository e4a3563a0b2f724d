// Ids of the arguments that rules cite. Each has an entry in content/{en,ja}/arguments/<id>.mdx that
// paraphrases the article's claim, the author's answer and what the standards say. "article" arguments
// come from a section of the article; "addition" arguments are what the article leaves out.

export const ARTICLE_ARGUMENT_IDS = [
  // In the order the article raises them (the tests check this against ARTICLE_SECTIONS).
  "stateless-scale-out",
  "microservices-sso",
  "performance",
  "cross-domain",
  "cookie-independence",
  "standardisation",
  "stolen-token",
  "expiry-without-jwt",
  "logout-is-hard",
  "claims-authorisation",
  "signature-tamper-detection",
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

/**
 * The article's headings that arguments cite, in the article's order, with how a page quotes them. The author's
 * questions to the AI (H2) run to 63–123 characters, so pages quote a short opening (at most 40 characters) and
 * say where the heading sits; the author's comments (H3) are short enough to quote whole.
 */
export const ARTICLE_TITLE = "JWTは本当に必要なのか？Next.js開発者の疑問と検証";

export interface ArticleSection {
  heading: string;
  /** What a page quotes: the whole heading, or its opening followed by "…". */
  quote: string;
  position: { en: string; ja: string };
}

export const ARTICLE_SECTION_LIST = [
  {
    heading: "アプリケーションサーバーのファイルシステムでセッション管理する方法と比べると",
    quote: "アプリケーションサーバーのファイルシステムでセッション管理する方法と比べると",
    position: {
      en: "the author's comments on the AI's first answer",
      ja: "AI の1つ目の回答に対する著者のコメント",
    },
  },
  {
    heading: "マイクロサービス構成にすることを考えると",
    quote: "マイクロサービス構成にすることを考えると",
    position: {
      en: "the author's comments on the AI's first answer",
      ja: "AI の1つ目の回答に対する著者のコメント",
    },
  },
  {
    heading:
      "セッション情報はセッションサーバーに保存しますし、マイクロサービス構成にすることも無いのですが、それでもメリットはありますか？",
    quote: "セッション情報はセッションサーバーに保存しますし…",
    position: { en: "the author's second question to the AI", ja: "著者から AI への2つ目の質問" },
  },
  {
    heading: "ドメインに依存しないトークンであるため、異なるドメイン間での認証情報の共有が容易です",
    quote: "ドメインに依存しないトークンであるため…",
    position: {
      en: "the author's comments on the AI's second answer",
      ja: "AI の2つ目の回答に対する著者のコメント",
    },
  },
  {
    heading: "Cookieに依存しない認証方式を容易に実現できます",
    quote: "Cookieに依存しない認証方式を容易に実現できます",
    position: {
      en: "the author's comments on the AI's second answer",
      ja: "AI の2つ目の回答に対する著者のコメント",
    },
  },
  {
    heading: "標準化された技術である",
    quote: "標準化された技術である",
    position: {
      en: "the author's comments on the AI's second answer",
      ja: "AI の2つ目の回答に対する著者のコメント",
    },
  },
  {
    heading: "JWTは署名によって改ざんを検知できるため、トークン自体の信頼性を高められます",
    quote: "JWTは署名によって改ざんを検知できるため…",
    position: {
      en: "the author's comments on the AI's second answer",
      ja: "AI の2つ目の回答に対する著者のコメント",
    },
  },
  {
    heading: "トークンの有効期間を限定し、漏洩時のリスクを軽減できます",
    quote: "トークンの有効期間を限定し、漏洩時のリスクを軽減できます",
    position: {
      en: "the author's comments on the AI's second answer",
      ja: "AI の2つ目の回答に対する著者のコメント",
    },
  },
  {
    heading:
      "セッションIDのみの場合と比較して、より安全な認証が可能ですとありますが、結局署名済みのJWTを盗まれたらセッションIDと同じではないですか？",
    quote: "セッションIDのみの場合と比較して…",
    position: { en: "the author's third question to the AI", ja: "著者から AI への3つ目の質問" },
  },
  {
    heading:
      "セッションIDはサーバー側のセッション特定用の文字列でしかないので改ざんされたかどうか検証する必要がそもそもないのでは？また、セッションの暗号化キーをクライアント側で管理していること自体がアンチパターンなので、これを持ち出してくるのは不公平では？",
    quote: "セッションIDはサーバー側のセッション特定用の文字列でしかないので…",
    position: { en: "the author's fourth question to the AI", ja: "著者から AI への4つ目の質問" },
  },
  {
    heading:
      "今までの会話を踏まえて、JWTのメリットを改めてまとめてください。プライベートサブネットにセッションサーバーを置いて、セッションIDを使用するケースと比較してください。また、マイクロサービス構成にするつもりはないです。",
    quote: "今までの会話を踏まえて、JWTのメリットを改めてまとめてください。…",
    position: { en: "the author's fifth question to the AI", ja: "著者から AI への5つ目の質問" },
  },
] as const satisfies readonly ArticleSection[];

/** The cited headings, whole, in the article's order (validated against the article text by the content tests). */
export const ARTICLE_SECTIONS = ARTICLE_SECTION_LIST.map((s) => s.heading);

export function articleSection(heading: string): ArticleSection | undefined {
  return ARTICLE_SECTION_LIST.find((s) => s.heading === heading);
}
