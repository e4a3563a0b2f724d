// The Japanese glossary: one term per concept across the UI, rule text, content and exports.
// app/content/glossary.test.ts fails when a listed variant appears anywhere a Japanese reader sees text.
// Quotations of the article (its title and headings) are exempt: they keep the author's spelling.

export interface GlossaryEntry {
  /** The concept, in English. */
  concept: string;
  /** The one Japanese term to use. */
  term: string;
  /** Spellings and synonyms to replace with the term. */
  variants: readonly RegExp[];
  note?: string;
}

export const jaGlossary: readonly GlossaryEntry[] = [
  {
    concept: "credential",
    term: "認証情報",
    variants: [/資格情報/, /(?<!クライアント)クレデンシャル/],
    note: "「クライアントクレデンシャルグラント」は OAuth のグラント名なのでそのまま。",
  },
  {
    concept: "denylist, revocation list (of tokens)",
    term: "失効リスト",
    variants: [/拒否リスト/, /ブロックリスト/, /ブラックリスト/, /拒否一覧/],
  },
  {
    concept: "session ID",
    term: "セッションID",
    variants: [/セッション\s+ID/, /セッションＩＤ/, /セッション識別子/],
  },
  {
    concept: "identity provider",
    term: "IDプロバイダー",
    variants: [/(?<!Open)ID\s+プロバイダ/, /IDプロバイダ(?!ー)/, /アイデンティティプロバイダ/],
  },
  {
    concept: "sign in / sign out",
    term: "ログイン／ログアウト",
    variants: [/サインイン/, /サインアウト/],
    note: "「シングルサインオン」は別の概念なのでそのまま。",
  },
  { concept: "add-on", term: "追加対策", variants: [/アドオン/] },
  {
    concept: "grant (OAuth)",
    term: "グラント",
    // "許可" stays only for allow: 許可リスト, 許可する／許可します, 許可側 …
    variants: [/許可(?!リスト|する|し|さ|側)/],
    note: "「許可」は allow（許可リストなど）にだけ使う。",
  },
  {
    concept: "audience (the aud claim)",
    term: "オーディエンス",
    // RFC 7519 の和訳（OpenID ファウンデーション・ジャパン）の用語。コード中の `audience` は対象外。
    variants: [
      /受信者/,
      /対象者（aud）/,
      /(?<=[\u3040-\u30ff\u4e00-\u9fff・、（]\s?)audience(?=\s?[\u3040-\u30ff\u4e00-\u9fff・、）])/,
    ],
    note: "初出では「オーディエンス（aud）」と書く。",
  },
  {
    concept: "public client (OAuth)",
    term: "パブリッククライアント",
    variants: [/公開クライアント/],
  },
  {
    concept: "confidential client (OAuth)",
    term: "コンフィデンシャルクライアント",
    variants: [/機密クライアント/, /コンフィデンシャルな\s*(?:OAuth\s*)?クライアント/],
  },
  { concept: "source (a cited document)", term: "出典", variants: [/情報源/] },
  {
    concept: "sender-constraining, binding a token to a key",
    term: "送信者制約",
    variants: [/結びつけ/, /結び付け/],
  },
  { concept: "leak", term: "漏えい", variants: [/漏洩/] },
  { concept: "partner", term: "取引先", variants: [/パートナー/] },
  { concept: "other organisations", term: "他組織", variants: [/他社/, /他の組織/] },
  { concept: "user", term: "ユーザー", variants: [/利用者/, /ユーザ(?!ー)/] },
  { concept: "server", term: "サーバー", variants: [/サーバ(?!ー)/] },
  { concept: "browser", term: "ブラウザ", variants: [/ブラウザー/] },
  {
    concept: "reachable (a store every instance can reach)",
    term: "接続できる",
    variants: [/(?:ストア|データベース|DB|サーバー)(?:に|から)届/, /から届く/],
  },
  {
    concept: "rule fired / did not fire",
    term: "該当／非該当",
    variants: [/発火/, /不発/],
  },
  {
    concept: "OpenID Connect provider (OpenID provider, OP)",
    term: "OpenID Connect プロバイダー",
    variants: [/OIDC\s?プロバイダ/, /OpenID\s?プロバイダ/, /OpenID Connect\s?プロバイダ(?!ー)/],
  },
  {
    concept: "auth platform (keeps the session, hands the app short-lived tokens)",
    term: "認証プラットフォーム",
    variants: [/認証プラットホーム/, /認証基盤サービス/, /認証\s?SaaS/],
  },
  {
    concept: "identity-aware proxy",
    term: "ID 認識型プロキシ",
    variants: [/ID認識型?プロキシ/, /ID\s*認識プロキシ/, /アイデンティティ認識/, /ID\s?アウェア/],
  },
  {
    concept: "eventual consistency",
    term: "結果整合性",
    variants: [/最終的な?整合性/, /結果的整合性/, /イベンチュアル/],
  },
  {
    concept: "read replica",
    term: "リードレプリカ",
    variants: [/読み取りレプリカ/, /読み込みレプリカ/, /リード・レプリカ/],
  },
  {
    concept: "machine to machine (a server calling without a user)",
    term: "マシン間通信",
    variants: [/マシン・?ツー・?マシン/, /M2M/],
  },
  {
    concept: "command-line tool",
    term: "コマンドラインツール",
    variants: [/コマンドライン・ツール/, /CUI\s?ツール/],
  },
];

/** Wording the review found unnatural in Japanese, with what to write instead. */
export const jaAvoid: readonly { phrase: RegExp; instead: string }[] = [
  { phrase: /盗人/, instead: "盗んだ攻撃者" },
  { phrase: /一人前の/, instead: "（文脈に合わせて）それ自体で有効な" },
  { phrase: /藁人形/, instead: "（著者の言葉でなければ書かない）" },
  { phrase: /情報源は同意/, instead: "出典もこれを支持しています" },
  { phrase: /チームにとっての意味/, instead: "判断のポイント" },
  { phrase: /逆方向を向いて/, instead: "回答の間に矛盾があります" },
  { phrase: /クレーム済み/, instead: "アプリに関連付けた https のリダイレクトURI" },
  { phrase: /義務が伴/, instead: "必須になる対策があります" },
  { phrase: /あなたの(?:API|アプリ|システム)/, instead: "自社の…" },
];

export interface GlossaryHit {
  text: string;
  found: string;
  use: string;
}

/** Every glossary variant and avoided phrase in a Japanese text. */
export function glossaryHits(text: string): GlossaryHit[] {
  const hits: GlossaryHit[] = [];
  for (const entry of jaGlossary) {
    for (const variant of entry.variants) {
      const match = variant.exec(text);
      if (match) hits.push({ text, found: match[0], use: entry.term });
    }
  }
  for (const avoid of jaAvoid) {
    const match = avoid.phrase.exec(text);
    if (match) hits.push({ text, found: match[0], use: avoid.instead });
  }
  return hits;
}
