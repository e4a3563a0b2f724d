// Every published ruleset version, oldest first, with its change note (GOV.UK-style: what changed and why).
// Today's version is computed from the ruleset (version.ts); a test fails until this list names it, so a
// change to the rules cannot ship without a note. Older versions keep their outcomes as frozen data
// (./frozen/, written by `npm run freeze-ruleset`), so a link made with one can show what it said then beside
// what today's rules say.
import { FROZEN } from "./frozen-versions";
import { readFrozen, type FrozenOutcome } from "./frozen-outcomes";
import { DECIDING_QUESTIONS, defaultAnswer, type Answers, type Localized } from "./questions";
import { rulesetVersion } from "./version";

export interface PublishedVersion {
  version: string;
  /** ISO date the version went live. */
  published: string;
  /** What changed from the version before, one item a sentence. */
  notes: readonly Localized[];
}

export const PUBLISHED_VERSIONS: readonly PublishedVersion[] = [
  {
    version: "r-23d3afeee0",
    published: "2026-11-27",
    notes: [
      {
        en: "First published ruleset: 24 rules over the answers, scored per approach.",
        ja: "最初に公開したルールセット。回答に対する 24 のルールで、方式ごとに点数を付けていました。",
      },
    ],
  },
  {
    version: "r-b01e5446f6",
    published: "2026-12-01",
    notes: [
      {
        en: "Partners' software no longer decides how your own users sign in: it adds an OAuth authorization server for partners (new add-on) and leaves your browser and app sessions as they were. Only an API used by partners alone gets access and refresh tokens as its main approach.",
        ja: "取引先のソフトウェアが自社ユーザーのログイン方式を決めることはなくなりました。取引先向けの OAuth 認可サーバー（新しい追加対策）を加え、ブラウザやアプリのセッションはそのままにします。アクセストークンとリフレッシュトークンを主な方式にするのは、取引先だけが使う API の場合に限ります。",
      },
      {
        en: "Single sign-on (own apps or outside identity providers) and several domains no longer push toward OAuth tokens: they change how users sign in, not how each app keeps them signed in. Without microservices the answer is always a server-side session or, with no shared store, a short-lived signed token.",
        ja: "シングルサインオン（自社アプリ間、外部 IDプロバイダー）や複数ドメインが OAuth のトークンを後押しすることはなくなりました。変わるのはログインの方法で、各アプリがログイン状態を保つ方法ではありません。マイクロサービスでなければ、答えは常にサーバー側セッションか、共有ストアがない場合の短命な署名付きトークンです。",
      },
      {
        en: "With no shared store, the signed token is renewed at your origin against the user database within the logout window, instead of relying on a deny list that would need the very store you lack.",
        ja: "共有ストアがない場合、署名付きトークンはログアウトの許容時間内にオリジンでユーザーデータベースと照合して更新します。持っていないストアを必要とする失効リストには頼りません。",
      },
      {
        en: '"I\'m not sure" is read as the simplest case consistent with your other answers, never as the most complex one; ties go to the simpler approach; suggestions of what would change the result only name definite answers.',
        ja: "「わからない」は、ほかの回答と矛盾しない最も単純な場合として扱い、最も複雑な場合としては扱いません。同点なら単純な方式を選びます。結果を変える回答として示すのは、はっきりした回答だけです。",
      },
      {
        en: "Each kind of client gets its own plan (browser, single-page app, native app, partners), every approach that lost says why, and the reasons listed for the result are only those that argue for it.",
        ja: "クライアントの種類ごと（ブラウザ、SPA、ネイティブアプリ、取引先）に個別の計画を示し、選ばれなかった方式にはその理由を付け、結果の理由として挙げるのは結果を支持するものだけにしました。",
      },
    ],
  },
  {
    version: "r-b594075c68",
    published: "2026-12-02",
    notes: [
      {
        en: "New questions: who signs your users in (your own app, an OpenID Connect provider, an auth platform or an identity-aware proxy) and, for a provider, whether your APIs accept its tokens; how much a stolen session would cost; command-line tools and machine-to-machine callers as clients; and stores that are only eventually consistent. Links made before keep their meaning: the new questions take their defaults.",
        ja: "新しい質問を加えました。ユーザーのログインを担うもの（自社のアプリ、OpenID Connect プロバイダー、認証プラットフォーム、ID 認識型プロキシ）と、プロバイダーの場合は自社の API がそのトークンを受け付けるか、セッションが盗まれた場合の損害の程度、クライアントとしてのコマンドラインツールとマシン間の呼び出し、結果整合性しかないストアです。以前のリンクは意味を変えません。新しい質問には既定値を使います。",
      },
      {
        en: "The provider's role decides, never its brand: a provider whose tokens your APIs accept, or an auth platform, means access tokens from it; an identity-aware proxy means the proxy's signed assertion and no session of your own. Where the provider cannot end a login at once, immediate logout is named as a conflict with its fix.",
        ja: "方式はプロバイダーのブランドではなく役割で決めます。自社の API がトークンを受け付けるプロバイダーや認証プラットフォームなら、そこが発行するアクセストークンを使います。ID 認識型プロキシなら、プロキシの署名付きアサーションを使い、自社のセッションは持ちません。プロバイダーがログインをすぐに終わらせられない場合、即時ログアウトは対処法とともに矛盾として示します。",
      },
      {
        en: "Microservices use a gateway for your own clients whatever the logout window, unless sign-in is already centralised (single sign-on, a provider's tokens, a platform); an eventually consistent store cannot make logout immediate; high assurance binds tokens held outside the browser to the client's key (new add-on).",
        ja: "マイクロサービスでは、ログインがすでに一元化されている場合（シングルサインオン、プロバイダーのトークン、プラットフォーム）を除き、ログアウトの許容時間にかかわらず自社のクライアントにゲートウェイを使います。結果整合性のストアでは即時ログアウトはできません。保証レベルが高い場合は、ブラウザの外で保持するトークンにクライアントの鍵による送信者制約をかけます（新しい追加対策）。",
      },
      {
        en: "An SPA on a subdomain of its API gets no backend-for-frontend (it is the same site) and the mismatch is shown as a note; a result that is the only option left is never shown as a strong recommendation.",
        ja: "API のサブドメインにある SPA には BFF を加えず（同一サイトのため）、回答の食い違いは注記として示します。ほかに選択肢が残っていないだけの結果を、強い推奨として示すことはありません。",
      },
    ],
  },
  {
    version: "r-c4420ca068",
    published: "2026-12-02",
    notes: [
      {
        en: "Behind an identity-aware proxy, the result now cites the argument that fits it (an edge that checks every request and hands the app a short-lived signed assertion) instead of one that argues for server-side sessions. No outcome changes.",
        ja: "ID 認識型プロキシの場合に結果が引用する論点を、その構成に合うもの（すべてのリクエストを確認し、アプリに短命な署名付きアサーションを渡す前段）に改めました。以前は、サーバー側セッションを支持する論点を引用していました。結果は変わりません。",
      },
    ],
  },
];

export function publishedVersion(version: string): PublishedVersion | undefined {
  return PUBLISHED_VERSIONS.find((v) => v.version === version);
}

/**
 * What a published older version decided for these answers: undefined for today's version (evaluated live), an
 * unknown one, or answers the version could not have been given (a value or a question it did not have, unless
 * the answer is that question's default, which is what the version assumed).
 */
export function frozenOutcome(version: string, answers: Answers): FrozenOutcome | undefined {
  const frozen = FROZEN[version];
  if (version === rulesetVersion || !publishedVersion(version) || !frozen) return undefined;
  const asked = new Set(frozen.questions.map((q) => q.id));
  const unaskedChanged = DECIDING_QUESTIONS.some(
    (id) => !asked.has(id) && answers[id] !== defaultAnswer(id),
  );
  return unaskedChanged ? undefined : readFrozen(frozen, answers);
}

/** The versions published after `version`, up to today's: the change notes a link made with it has missed. */
export function versionsSince(version: string): readonly PublishedVersion[] {
  const i = PUBLISHED_VERSIONS.findIndex((v) => v.version === version);
  return i === -1 ? [] : PUBLISHED_VERSIONS.slice(i + 1);
}

export const CURRENT_VERSION_PUBLISHED = publishedVersion(rulesetVersion);
