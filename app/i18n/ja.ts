import type { Dictionary } from "./en";
import { diagrams } from "./ja/diagrams";
import { recordDocument } from "./ja/document";
import { forms } from "./ja/forms";
import { locale } from "./ja/locale";
import { punctuation } from "./ja/punctuation";
import { result } from "./ja/result";
import { rounds } from "./ja/rounds";

export const ja: Dictionary = {
  siteName: "Do I need JWT?",
  skipToContent: "本文へ移動",
  languageSwitch: "English",
  languageSwitchLabel: "Show this page in English",
  nav: {
    label: "サイト",
    questionnaire: "質問票",
    arguments: "記事の論点を検証",
    sources: "出典",
    menu: "メニュー",
  },
  descriptions: {
    question: "「Do I need JWT?」の質問票の 1 問：ユーザーのログイン状態をどう保つか。",
    arguments: "Web アプリに JWT は必要かを問う記事の各論点を、RFC と OWASP のガイドで検証します。",
    sources: "すべての推奨の根拠となる RFC、OWASP チートシート、フレームワークの文書です。",
    rules: "推奨の根拠となるルールの公開済みバージョンを、変更点とその理由とともにすべて示します。",
  },
  footer: {
    about:
      "ユーザーのログイン状態の保ち方を決めるための判断支援ツールです。推奨はしますが、決めるのはチームです。",
    privacy:
      "回答はリンクの中にあり、保存したときだけサーバーに残ります。悪用を防ぐため、記録を保存した人や誤った編集リンクを試した人のネットワークアドレスを最長 2 日間保持します。",
  },
  home: {
    title: "JWT は必要？",
    lead: "サーバー側セッション、JWT、またはその組み合わせ。システムについていくつかの質問に答えると、設計レビューで説明できる推奨が得られます。",
    question: "このツールが答える問い",
    questionBody:
      "ある日本語の記事は、マイクロサービスでない Web アプリにとって、セッションサーバーに置いたセッションIDと比べて JWT に利点はあるのかと問いかけています。このツールは、その議論と背景にある標準をもとに、自分たちのシステムではどうすべきかを判断できるようにします。",
    youGet: "得られるもの",
    youGetItems: [
      "推奨する方式 1 つと、必要な追加対策",
      "「あなたの回答によると …」：回答から導いた理由と出典",
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
    leftUnanswered: "答えない場合は「{answer}」として扱います。",
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
    notAnsweredReadAs: "未回答（「{answer}」として扱います）",
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
    titleTentative: "暫定の推奨：{approach}",
    titleConflicting: "矛盾する回答からの推奨：{approach}",
    addOns: "追加対策",
    confidence: "確信度",
    because: "この推奨になった理由（あなたの回答から）",
    becauseItem: "{question}：{answer}",
    reasonsTitle: "理由",
    cites: "根拠",
    findOut: "確認すべきこと",
    findOutIntro:
      "結果を左右する質問に「わからない」と答えています。確認すると確信度が上がるか、結果が変わる可能性があります。",
    against: "この方式に不利な点",
    resolution: "「{answer}」の場合：{approach}、確信度 {confidence}%",
    whyNot: "他の方式を選ばなかった理由",
    ruledOutBy: "除外：{rules}",
    score: "スコア {score}",
    counterfactuals: "結果を変える回答",
    counterfactualsIntro: "次のどれか 1 つの回答を変えると、別の方式になります。",
    counterfactualsNone: "回答を 1 つ変えるだけでは方式は変わりません。",
    counterfactualItem: "{question}が「{answer}」なら → {approach}",
    yourAnswers: "あなたの回答",
    changeAnswers: "回答を変更する",
    conflictChange: "「{question}」の回答を変更する",
    shareLink: "この結果へのリンク",
    copyLink: "リンクをコピー",
    copied: "リンクをコピーしました",
    printHint: "このページを意思決定記録として印刷するには、ブラウザの印刷機能を使ってください。",
    printButton: "印刷",
    shareHelp: "リンクそのものが結果です。開いた人には、その人の言語でこのページが表示されます。",
    rulesetVersion: "ルールセットのバージョン",
    rule: "ルール",
    trace: "ルールのトレース",
    traceIntro:
      "すべてのルールについて、条件に該当したかどうかと、各条件の実際の回答と期待値を示します。",
    fired: "該当",
    notFired: "非該当",
    expected: "期待値",
    actual: "実際",
    allReasons: "すべての理由と、不利に働く点",
    argumentsTitle: "この結果の根拠になった記事の論点",
    argumentsIntro:
      "この結果が依拠する論点と、それについての出典の評価です。開くと、記事の主張、著者の答え、標準の内容を読めます。",
    change: "変更",
    actionsTitle: "結果の共有と保存",
    chatSummary: "チャット用の要約",
    copySummary: "要約をコピー",
    copiedSummary: "要約をコピーしました",
  },
  plan: {
    title: "クライアントごとのログイン状態の保ち方",
    holds: "持つもの",
    sends: "送り方",
    lifetime: "有効期間",
    revocation: "終わらせ方",
    signIn: "ログイン",
    provider: "プロバイダー（{date} に確認した事実）",
    baseline: "常に守ること",
  },
  state: {
    confident: "推奨",
    tentative: "暫定: 先に確認が必要",
    conflicting: "回答に矛盾があります",
    tentativeHelp:
      "この結果は、確信のない回答を前提にしています。作り始める前に、下に挙げた点を確認してください。",
    conflictingHelp:
      "同時には成り立たない回答があります。結果ではそれをどう解釈したか、何を変えればよいかを示します。",
  },
  versions: {
    title: "ルールセットのバージョン",
    intro:
      "このツールが公開したルールのすべてのバージョンを、新しい順に変更点とともに示します。結果のリンクは作成時のバージョンを覚えています。",
    published: "公開日 {date}",
    current: "現行",
    thenSaid: "このリンクを作成した時点（ルールセット {v}）の推奨: {outcome}",
    nowSay: "現在のルール（{current}）の推奨: {outcome}",
    sameNow: "現在のルール（{current}）でも推奨は同じです。",
    changes: "その後の変更点",
    unknown:
      "このリンクが示すルールセット {v} はこのツールにはありません。現在のルール（{current}）による結果を表示しています。",
    allVersions: "すべてのルールセットのバージョン",
    withAddOns: "（＋{addOns}）",
  },
  rationale: {
    article: "記事",
    articleSection: "セクション",
    claim: "主張",
    authorsAnswer: "著者の答え",
    standards: "標準・ガイドの見解",
    verdict: {
      article: {
        agree: "出典の評価：著者の答えを支持しています",
        qualify: "出典の評価：著者の答えを条件付きで支持しています",
        disagree: "出典の評価：著者の答えを支持していません",
      },
      addition: {
        agree: "出典の評価：この論点を支持しています",
        qualify: "出典の評価：この論点を条件付きで支持しています",
        disagree: "出典の評価：この論点を支持していません",
      },
    },
    stance: { agree: "支持", qualify: "条件付きで支持", disagree: "不支持" },
    articlePosition: "{position}の見出し",
    addition: "記事にない論点",
    readMore: "論点の全文を読む",
    checklist: "実装チェックリスト",
    stackNotes: "{stack} の場合",
    guide: "この方式のガイド",
    diagram: "構成図",
    comparison: "あなたの回答に対する 4 つの方式の比較",
    comparisonIntro:
      "該当した各ルールが各方式にどれだけ有利（+）・不利（−）に働いたか。✕ は除外を示します。",
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
    lead: "ルールとページが引用しているすべての文書と、それぞれを引用している箇所の一覧です。",
    citedBy: "引用している箇所",
    pages: "ページ",
    rules: "ルール",
    providers: "IDプロバイダーの機能表",
    checked: "確認日",
  },
  approachPage: {
    sources: "出典",
  },
  records: {
    saveTitle: "この判断を記録として保存する",
    saveLead:
      "保存した記録は、この判断を今日の内容のまま、メモ・決定者・ステータスとともに残します。短い公開リンク（閲覧のみ）と秘密の編集リンクが発行されます。",
    saveLink: "意思決定記録として保存する",
    markdown: "Markdown（MADR 4）でダウンロード",
    export: {
      more: "ほかの ADR ツール向けの Markdown",
      format: "形式",
      formats: {
        madr: "MADR 4：MADR のテンプレート、adr-log",
        log4brains: "log4brains",
        nygard: "adr-tools（Nygard 形式）、adr-log",
      },
      number: "記録の番号",
      numberHint:
        "決定ログでの番号。ファイル名（0001-…）と adr-tools で使います。log4brains は日付でファイル名を付けます",
      submit: "Markdown をダウンロード",
      printIntro: "ADR ツール向けの Markdown：",
      errors: {
        format: "format：madr、log4brains、nygard のいずれかを指定してください",
        number: "number：1 から 9999 までの整数を入力してください",
      },
    },
    fields: {
      title: "タイトル",
      titleHint: "例：顧客ポータルのログイン状態の保ち方",
      context: "背景とメモ（任意）",
      contextHint: "回答以外に記録しておきたいこと。プレーンテキストとして表示されます",
      deciders: "決定者（任意）",
      decidersHint: "名前をカンマで区切って入力",
      consulted: "相談した人（任意）",
      informed: "共有する人（任意）",
      status: "ステータス",
    },
    status: {
      proposed: "提案",
      accepted: "承認",
      rejected: "却下",
      deprecated: "非推奨",
      superseded: "置き換え済み",
    },
    errors: {
      required: "{field}を入力してください",
      "too-long": "{field}は {max} 文字以内で入力してください",
      "name-too-long": "{field}：名前はそれぞれ {max} 文字以内で入力してください",
      "too-many": "{field}：名前は {max} 人までです",
      invalid: "{field}：入力内容を確認してください",
      "superseded-locked":
        "{field}：この記録は新しい記録に置き換えられたため、「置き換え済み」から変更できません",
      "superseded-needs-successor":
        "{field}：「置き換え済み」は、判断を見直して新しい記録を保存したときに設定されます。別のステータスを選んでください",
    },
    save: "記録を保存",
    saveChanges: "変更を保存",
    recordTitle: "意思決定記録：{title}",
    created:
      "保存しました。このページのアドレスが秘密の編集リンクです。表示されるのはここだけなので、控えておいてください。",
    saved: "変更を保存しました。",
    editLinkLabel: "秘密の編集リンク",
    copyEditLink: "編集リンクをコピー",
    copiedEditLink: "編集リンクをコピーしました",
    statusFixed: "新しい記録に置き換えられたため、ステータスはこれ以上変わりません。",
    editLinkWarning:
      "このリンクを知っている人は誰でも記録を変更できます。共有には公開リンクを使ってください。",
    publicLinkLabel: "公開リンク（閲覧のみ）",
    editTitle: "意思決定記録を編集",
    conflict:
      "編集中に他の人がこの記録を保存しました。入力した内容はフォームに残っています。相手の内容は下に表示しています。自分の内容で置き換える場合は、もう一度保存してください。",
    rotateTitle: "編集リンクを再発行する",
    rotateHelp:
      "編集リンクが漏れたおそれがある場合は再発行してください。現在のリンクはすぐに使えなくなり、新しいリンクがここに表示されます。",
    rotateButton: "編集リンクを再発行",
    rotated:
      "編集リンクを再発行しました。古いリンクは使えません。このページの新しいアドレスを控えてください。",
    revisit: "この判断を見直す",
    revisitHelp:
      "この記録を置き換える新しい記録を保存します。フォームには、この記録のタイトル・メモ・関係者と、同じ回答に対する現在の推奨が入った状態で表示されます。",
    alreadyRevisited:
      "この判断は見直し済みです。もう一度見直すときは、新しい記録から始めてください：",
    revisitBanner: "以前の記録を見直しています。これから保存する記録が以前の記録を置き換えます。",
    supersedes: "置き換え元",
    supersededBy: "置き換え先",
    differs: "現在のルールでは別の判断になります：{approach}。",
    differsLink: "現在の結果を見る",
    same: "現在のルールでも同じ判断です。",
    decision: "判断",
    tooMany:
      "短時間にあなたのアドレスから多くの記録が保存されました。{seconds} 秒後にもう一度お試しください。",
    tooManyTitle: "保存が多すぎます",
    tooManyEditLinks:
      "存在しない編集リンクがあなたのアドレスから何度も試されました。{seconds} 秒後にもう一度お試しください。",
    tooManyEditLinksTitle: "試行回数が多すぎます",
    document: recordDocument,
  },
  adr: {
    draftTitle: "ユーザーのログイン状態の保ち方：{approach}",
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
        "推測できないランダムなセッションIDを Cookie（ネイティブアプリでは OS のキーストア）に置き、セッションは共有ストアに保持します。ログアウトや失効は即座に反映されます。",
      tradeOff:
        "すべてのリクエストが、共有セッションストアが近くにあり稼働していることに依存します。",
    },
    "gateway-token": {
      name: "ゲートウェイで不透明トークン、内部は JWT",
      summary:
        "クライアントは不透明なセッションまたはトークンを持ち、ゲートウェイがそれを短命な内部用 JWT に交換して、各サービスが自分で検証します。",
      tradeOff:
        "ゲートウェイとセッションストアがすべてのリクエスト経路に入り、内部 JWT を外部に漏らしてはいけません。",
    },
    "access-refresh": {
      name: "短命なアクセストークンとリフレッシュトークン",
      summary:
        "認可サーバーが発行する、OAuth 形式の短命な JWT アクセストークンと、ローテーションされ失効可能なリフレッシュトークンの組み合わせです。",
      tradeOff:
        "失効したログインもアクセストークンの期限までは使え、認可サーバーが重要な基盤になります。",
    },
    "stateless-token": {
      name: "ステートレスな署名付きトークン",
      summary:
        "有効期間の短い、自己完結した署名付き（または暗号化）トークンや Cookie セッションです。コピーを失効できるのは期限切れのときだけなので、更新のたびにユーザーを確認します。",
      tradeOff:
        "盗まれたトークンやログアウト済みのトークンも期限まで有効で、署名鍵を替えるとすべてのセッションが終わります。",
    },
  },
  addOns: {
    oidc: {
      name: "OpenID Connect によるログイン",
      summary: "OpenID Connect プロバイダーでログインし、各アプリは自分のセッションを持ちます。",
    },
    bff: {
      name: "バックエンド・フォー・フロントエンド（BFF）",
      summary: "サーバー側の部品が認証情報を持ち、SPA はセッション Cookie だけを持ちます。",
    },
    csrf: { name: "CSRF 対策", summary: "Cookie で認証情報を運ぶ場合は必須です。" },
    "pkce-native": {
      name: "ネイティブアプリの PKCE",
      summary: "ネイティブアプリはシステムブラウザと PKCE でログインします。",
    },
    denylist: {
      name: "失効リスト",
      summary: "トークンを検証するたびに照合する、失効したトークンの一覧です。",
    },
    "oauth-server": {
      name: "取引先向けの OAuth 認可サーバー",
      summary:
        "他組織のソフトウェアには、自社ユーザーのログイン方式とは別に、OAuth 2 認可サーバーからスコープ付きで失効できる委任アクセスを与えます。",
    },
    "sender-constrained": {
      name: "送信者制約付きトークン",
      summary:
        "ネイティブアプリ・CLI・サービス・取引先が持つベアラートークンに送信者制約（DPoP または mTLS）をかけ、コピーされたトークンを再利用できないようにします。",
    },
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
  // Feature sections, one file each under ./ja/.
  rounds,
  diagrams,
  punctuation,
  locale,
  forms,
  result,
};
