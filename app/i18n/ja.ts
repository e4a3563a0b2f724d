import type { Dictionary } from "./en";

export const ja: Dictionary = {
  siteName: "Do I need JWT?",
  skipToContent: "本文へ移動",
  languageSwitch: "English",
  languageSwitchLabel: "Show this page in English",
  nav: {
    label: "サイト",
    home: "ホーム",
    questionnaire: "質問票",
    arguments: "記事の論点を検証",
    sources: "出典",
  },
  footer: {
    about:
      "ユーザーのログイン状態の保ち方を決めるための判断支援ツールです。推奨はしますが、決めるのはチームです。",
    privacy: "回答はリンクの中にだけあります。記録を保存しない限り、何も保存されません。",
  },
  home: {
    title: "JWT は必要？",
    lead: "サーバー側セッション、JWT、またはその組み合わせ。システムについていくつかの質問に答えると、設計レビューで説明できる推奨が得られます。",
    question: "このツールが答える問い",
    questionBody:
      "ある日本語の記事は、マイクロサービスでない Web アプリにとって、セッションサーバーに置いたセッション ID と比べて JWT に利点はあるのかと問いかけています。このツールは、その議論と背景にある標準を、あなたのシステムについての判断に変えます。",
    youGet: "得られるもの",
    youGetItems: [
      "推奨する方式 1 つと、必要な追加対策",
      "「あなたの回答によると …」：回答に結びついた理由と出典",
      "他の方式が選ばれなかった理由と、結果を変える回答",
      "共有できるリンクと、印刷・保存できる記録",
    ],
    start: "はじめる",
    time: "質問は 7 つ、約 2 分です。",
    examples: "または例を開く",
    exampleNames: {
      G1: "Next.js アプリ 1 つ、複数インスタンス、セッションストアあり",
      G2: "同じアプリにモバイルアプリを追加",
      G3: "1 つのオリジン上のマイクロサービス",
      G4: "マイクロサービス、取引先、外部 ID 連携",
      G5: "ストアのないエッジアプリ",
    },
  },
  questionnaire: {
    title: "質問票",
    intro:
      "すべての質問に答えてください。まだわからない場合は、選択肢にあれば「わからない」を選んでください。",
    submit: "推奨を見る",
    optional: "（任意）",
    skipNote: "アプリが複数のインスタンスで動く場合にだけ必要です。",
  },
  questionPage: {
    progress: "質問 {n} / {m}",
    continue: "次へ",
    back: "戻る",
    howToFindOut: "確認のしかた",
    checkTitle: "推奨を見る前に回答を確認してください",
    checkLead: "どの回答も変更できます。変更後はこのページに戻ります。",
    change: "変更",
    notProvided: "未回答",
    seeResult: "推奨を見る",
    onePage: "1 ページで答えたい場合は、すべての質問をまとめて表示できます。",
  },
  errors: {
    summaryTitle: "入力内容に問題があります",
    titlePrefix: "エラー: ",
    invalid: "{label}：一覧の選択肢から選んでください",
    invalidLang: "言語：ja または en を指定してください",
    invalidV: "ルールセットのバージョン：英数字・ドット・ハイフンだけを使ってください",
  },
  decision: {
    title: "推奨：{approach}",
    recommended: "推奨する方式",
    addOns: "追加対策",
    noAddOns: "不要",
    confidence: "確信度",
    confidenceHelp:
      "回答が次点の方式に比べてどれだけはっきりこの方式を支持しているかを示します。回答どうしの矛盾や「わからない」があると下がります。",
    because: "あなたの回答",
    becauseItem: "{question}：{answer}",
    reasonsTitle: "理由",
    cites: "根拠",
    conflicts: "回答どうしが逆方向を向いています",
    findOut: "確認すべきこと",
    findOutIntro:
      "結果を左右する質問に「わからない」と答えています。確認すると確信度が上がるか、結果が変わる可能性があります。",
    against: "この方式に不利な点",
    whyNot: "他の方式を選ばなかった理由",
    ruledOutBy: "除外：{rules}",
    score: "スコア {score}",
    counterfactuals: "結果を変える回答",
    counterfactualsIntro: "次のどれか 1 つの回答を変えると、別の方式になります。",
    counterfactualsNone: "回答を 1 つ変えるだけでは方式は変わりません。",
    counterfactualItem: "{question}が「{answer}」なら → {approach}",
    implementation: "実装メモ",
    yourAnswers: "あなたの回答",
    changeAnswers: "回答を変更する",
    startOver: "最初からやり直す",
    shareLink: "この結果へのリンク",
    shareHelp: "リンクそのものが結果です。開いた人には、その人の言語でこのページが表示されます。",
    rulesetVersion: "ルールセットのバージョン",
    oldVersion:
      "このリンクはルールセット {v} で作られました。現在のルール（{current}）による判断を表示しています。",
    rule: "ルール",
    trace: "ルールのトレース",
    traceIntro:
      "すべてのルールについて、発火したかどうかと、各条件の実際の回答と期待値を示します。",
    fired: "発火",
    notFired: "不発",
    expected: "期待値",
    actual: "実際",
    apiLink: "同じ判断を JSON で見る",
  },
  rationale: {
    article: "記事",
    articleSection: "セクション",
    claim: "主張",
    authorsAnswer: "著者の答え",
    standards: "標準・ガイドの見解",
    verdict: { agree: "出典は同意", qualify: "出典は条件付き", disagree: "出典は不同意" },
    stance: { agree: "同意", qualify: "条件付き", disagree: "不同意" },
    addition: "記事にない論点",
    readMore: "論点の全文を読む",
    seeAbove: "上記参照",
    checklist: "実装チェックリスト",
    stackNotes: "{stack} の場合",
    guide: "この方式のガイド",
    diagram: "構成図",
    comparison: "あなたの回答に対する 4 つの方式の比較",
    comparisonIntro:
      "発火した各ルールが各方式にどれだけ有利（+）・不利（−）に働いたか。✕ は除外を示します。",
    total: "合計",
    ruledOut: "除外",
  },
  argumentsPage: {
    title: "記事の論点を検証",
    lead: "記事「{title}」の各論点と著者の答え、そして標準やガイドの見解。記事が触れていない論点も載せています。",
    fromArticle: "記事の論点",
    additions: "記事が触れていない論点",
    back: "論点の一覧",
  },
  sourcesPage: {
    title: "出典",
    lead: "ルールと根拠の説明が引用しているすべての文書です。",
    citedBy: "引用元",
  },
  approachPage: {
    sections: "目次",
    sources: "出典",
  },
  invalidLink: {
    title: "このリンクは無効です",
    lead: "リンク内の回答に、欠けているものか認識できないものがあります。",
    fix: "残りの質問に答える",
    kept: "有効な回答は引き継がれます。",
  },
  approaches: {
    "server-session": {
      name: "サーバー側セッション",
      summary:
        "推測できないランダムなセッション ID を Cookie（ネイティブアプリでは OS のキーストア）に置き、セッションは共有ストアに保持します。ログアウトや失効は即座に反映されます。",
    },
    "gateway-token": {
      name: "ゲートウェイで不透明トークン、内部は JWT",
      summary:
        "クライアントは不透明なセッションまたはトークンを持ち、ゲートウェイがそれを短命な内部用 JWT に交換して、各サービスが自分で検証します。",
    },
    "access-refresh": {
      name: "短命なアクセストークンとリフレッシュトークン",
      summary:
        "認可サーバーが発行する、OAuth 形式の短命な JWT アクセストークンと、ローテーションされ失効可能なリフレッシュトークンの組み合わせです。",
    },
    "stateless-token": {
      name: "ステートレスな署名付きトークン",
      summary:
        "有効期間の短い、自己完結した署名付き（または暗号化）トークンや Cookie セッションです。拒否リストを加えない限り、失効は期限切れのときだけです。",
    },
  },
  addOns: {
    oidc: {
      name: "OpenID Connect によるログイン",
      summary: "OpenID Connect プロバイダーでログインし、各アプリは自分のセッションを持ちます。",
    },
    bff: {
      name: "バックエンド・フォー・フロントエンド（BFF）",
      summary: "サーバー側の部品がトークンを持ち、SPA はセッション Cookie だけを持ちます。",
    },
    csrf: { name: "CSRF 対策", summary: "Cookie で認証情報を運ぶ場合は必須です。" },
    "pkce-native": {
      name: "ネイティブアプリの PKCE",
      summary: "ネイティブアプリはシステムブラウザと PKCE でログインします。",
    },
    denylist: { name: "拒否リスト", summary: "トークンを検証するたびに確認する失効リストです。" },
  },
  notFound: {
    title: "ページが見つかりません",
    body: "このアドレスにページはありません。",
    home: "ホームへ戻る",
  },
  serverError: {
    title: "問題が発生しました",
    body: "ページを表示できませんでした。しばらくしてからもう一度お試しください。",
  },
  badRequest: { title: "不正なリクエスト", body: "リクエストを理解できませんでした。" },
};
