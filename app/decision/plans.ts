// The plan per client kind (SPEC decision model, principle 1): for each answered client, how it holds and sends
// its credential, how long that lives and how it is revoked. One client kind never dictates another's
// mechanism: a browser ends up with an HttpOnly cookie (or, on an auth platform without a BFF, the platform SDK's
// credential, its trade-off stated), a native app (mobile or desktop) and a CLI with a bearer token in the OS
// keystore, partners with OAuth access tokens, partners' servers with client-credentials tokens and no refresh
// token. Plans read the provider's role and the capability table (plan-provider.ts), the baseline table by
// assurance, and whether the store is only eventually consistent. Pure: words in both languages.
import {
  EVENTUAL_PROPAGATION,
  SAME_SITE,
  SESSION_ID_ENTROPY,
  absoluteTimeout,
  appRefreshLimit,
  idleTimeout,
  idleWriteEvery,
  internalTokenLifetime,
  signedTokenLifetime,
} from "./baseline";
import type { AddOn, Approach } from "./outcomes";
import {
  assuranceOf,
  factValue,
  idpOf,
  providerFacts,
  providerName,
  roleOf,
  type PlanFact,
} from "./plan-provider";
import { providerTable } from "./providers";
import type { Answers, Client, Localized } from "./questions";

export interface ClientPlan {
  client: Client;
  /** One line: what this client holds and how it ends. */
  summary: Localized;
  /** What the credential is and where it is kept. */
  holds: Localized;
  /** How it travels with each request. */
  sends: Localized;
  lifetime: Localized;
  revocation: Localized;
  /** How it signs in, where that differs from a plain password form. */
  signIn?: Localized;
  /** The baseline every plan carries (new credential at sign-in, timeouts, cookie prefix, JWT checks). */
  baseline: Localized[];
  /** What the team's identity provider, platform or proxy does here, each line with its checked sources. */
  provider?: PlanFact[];
}

const L = (en: string, ja: string): Localized => ({ en, ja });

const has = (addOns: readonly AddOn[], addOn: string) =>
  (addOns as readonly string[]).includes(addOn);

/**
 * The store a deletion has to reach. `deploy=edge&store=unsure` is read as eventually consistent (principle 11);
 * on a single server the store answer is dropped.
 */
export function eventualStore(a: Answers): boolean {
  if (a.deploy === "single") return false;
  const store = a.store as string;
  return store === "eventual" || (a.deploy === "edge" && store === "unsure");
}

function storeName(a: Answers): Localized {
  if (a.deploy === "single")
    return L("the server's own database or memory", "サーバー自身のデータベースまたはメモリ");
  return eventualStore(a)
    ? L("the shared, eventually consistent store", "結果整合性の共有ストア")
    : L("the shared store", "共有ストア");
}

/** How a deleted session ends: at once in a consistent store, after the propagation delay in an eventual one. */
function endsOnDelete(a: Answers): Localized {
  return eventualStore(a)
    ? L(
        `a deletion reaches every location only after the store's propagation delay (${EVENTUAL_PROPAGATION.en})`,
        `削除がすべての拠点に届くのはストアの伝播遅延（${EVENTUAL_PROPAGATION.ja}）の後です`,
      )
    : L("ends the moment it is deleted", "削除した時点で終わります");
}

function refusedAfterDelete(a: Answers): Localized {
  if (!eventualStore(a)) return L("the next request is refused", "次のリクエストから拒否されます");
  return a.logout === "immediate"
    ? L(
        "locations that have not seen the deletion yet still accept it, so an immediate logout needs session state in a strongly consistent store, or a read of the primary, not this store",
        "削除をまだ受け取っていない拠点では受け付けられてしまいます。即時ログアウトには、このストアではなく強い整合性のあるストアにセッションを置くか、プライマリーを読む必要があります",
      )
    : L(
        `locations that have not seen the deletion yet accept it until it arrives (${EVENTUAL_PROPAGATION.en}), which has to fit your logout window`,
        `削除をまだ受け取っていない拠点では、届くまで（${EVENTUAL_PROPAGATION.ja}）受け付けられます。この遅延がログアウトの許容時間内に収まる必要があります`,
      );
}

const BASE_NEW_AT_SIGN_IN = L(
  "Issue a new session ID or token at every sign-in and privilege change; never keep one from before.",
  "ログインや権限の変更のたびに新しいセッションID またはトークンを発行し、以前のものを引き継ぎません。",
);
function baseTimeouts(a: Answers): Localized {
  const idle = idleTimeout(assuranceOf(a));
  const absolute = absoluteTimeout(assuranceOf(a));
  return L(
    `Idle and absolute timeouts enforced on the server: idle ${idle.en}, absolute ${absolute.en} (counted from sign-in, not from the last renewal).`,
    `アイドルタイムアウト（${idle.ja}）と絶対タイムアウト（${absolute.ja}）をサーバー側で強制します（絶対タイムアウトは最後の更新からではなく、ログイン時刻から数えます）。`,
  );
}
/** Behind an identity-aware proxy the proxy holds the session, so its settings carry the baseline timeouts. */
function proxyTimeouts(a: Answers): Localized {
  const idle = idleTimeout(assuranceOf(a));
  const absolute = absoluteTimeout(assuranceOf(a));
  // A proxy's session may have no idle limit at all: Cloudflare Access, for one, sets only a session duration per
  // application, after which users sign in again.
  return L(
    `Set the proxy's session duration, its absolute limit, to ${absolute.en} at most, counted from sign-in, and its idle timeout to ${idle.en} where it has one (where a proxy sets only a session duration, as Cloudflare Access does, that duration is the only limit); the proxy issues a new session at every sign-in.`,
    `プロキシのセッション期間（絶対的な上限）はログインから数えて ${absolute.ja} 以内にし、アイドルタイムアウトがあれば ${idle.ja} にします（Cloudflare Access のようにセッション期間しか設定できないプロキシでは、その期間が唯一の上限です）。プロキシはログインのたびに新しいセッションを発行します。`,
  );
}

// Behind an identity-aware proxy an app or CLI holds the proxy's programmatic credential: the baseline's fresh
// credential and absolute limit are the proxy's settings for it.
const PROXY_DEVICE_CREDENTIAL = L(
  "Give each device its own programmatic credential from the proxy (a new one at every sign-in, never one shared by people or machines), set its absolute lifetime at the proxy, and revoke it there when the device or the person leaves.",
  "各デバイスにプロキシのプログラム向け認証情報を個別に発行し（ログインのたびに新しいものにし、人やマシンの間で共有しません）、絶対的な有効期間をプロキシで設定し、デバイスや人が離れたときはプロキシで失効させます。",
);

// An app stays signed in far longer than a browser tab; its limits are per device, not the browser's numbers.
const BASE_TIMEOUTS_APP = L(
  "Idle and absolute timeouts enforced on the server for each device (the absolute one counted from sign-in), with a fresh sign-in before sensitive actions.",
  "端末ごとにアイドルタイムアウトと絶対タイムアウトをサーバー側で強制し（絶対タイムアウトはログイン時刻から数える）、重要な操作の前には再ログインを求めます。",
);
const BASE_TIMEOUTS_PARTNER = L(
  "Idle and absolute timeouts for every grant, enforced by the authorization server: unused refresh tokens expire, and no grant outlives its absolute limit without the user's consent again.",
  "グラントごとのアイドルタイムアウトと絶対タイムアウトを認可サーバーで強制します。使われないリフレッシュトークンは期限切れにし、どのグラントもユーザーの同意を得直さずに絶対的な上限を超えて続けません。",
);
const BASE_COOKIE = L(
  `Cookie named with the __Host- prefix: Secure, HttpOnly, ${SAME_SITE}, Path=/, no Domain attribute.`,
  `Cookie 名には __Host- プレフィックスを付け、Secure、HttpOnly、${SAME_SITE}、Path=/ とし、Domain 属性は付けません。`,
);
const BASE_JWT = L(
  'Every JWT is checked as RFC 8725 says: an allow-list of algorithms (never "none"), the issuer, the audience and the expiry.',
  'すべての JWT を RFC 8725 のとおりに検証します。アルゴリズムは許可リストで固定し（"none" は不可）、発行者、オーディエンス（aud）、有効期限を確認します。',
);
// Native means mobile and desktop apps (SPEC ruleset 3): each platform's own keystore, never one pair of names.
const BASE_KEYSTORE = L(
  "Keep the app's credential in the platform's keystore: the Keychain on iOS and macOS, the Android Keystore, Windows Credential Manager, libsecret on Linux (Electron: safeStorage); never in plain files or logs.",
  "アプリの認証情報はプラットフォームのキーストアに保存します。iOS と macOS は Keychain、Android は Android Keystore、Windows は Windows Credential Manager、Linux は libsecret（Electron では safeStorage）を使い、平文のファイルやログには残しません。",
);
const BASE_KEYCHAIN_CLI = L(
  "Keep the CLI's token in the OS keychain (the Keychain on macOS, Windows Credential Manager, libsecret on Linux), never in a plain-text file in the home directory.",
  "CLI のトークンは OS のキーチェーン（macOS は Keychain、Windows は Windows Credential Manager、Linux は libsecret）に保存し、ホームディレクトリの平文ファイルには置きません。",
);
const BASE_CI = L(
  "CI jobs use credentials of their own (a service account or the CI platform's workload identity), never a person's CLI token.",
  "CI のジョブは専用の認証情報（サービスアカウントや CI 基盤のワークロード ID）を使い、個人の CLI トークンは使いません。",
);
const BASE_STEP_UP = L(
  "Ask for a fresh sign-in (step-up, e.g. a second factor) before sensitive actions: payments, changes to the email address, password or second factors, and admin actions.",
  "支払い、メールアドレス・パスワード・二要素認証の変更、管理操作など重要な操作の前には、再ログイン（二要素などによるステップアップ認証）を求めます。",
);
const BASE_DEVICE_KEY = L(
  "Guard the app's credential with a device-bound key in the platform's secure hardware, unlocked by its biometrics (Face ID or Touch ID, Android BiometricPrompt, Windows Hello), rather than a short idle timeout.",
  "アプリの認証情報は、短いアイドルタイムアウトではなく、プラットフォームの安全なハードウェアにある端末固有の鍵で守り、生体認証（Face ID・Touch ID、Android の BiometricPrompt、Windows Hello）で解錠します。",
);
const BASE_SENDER_CONSTRAINED = L(
  "Bind its tokens to a key the client holds (DPoP, RFC 9449, or mutual TLS, RFC 8705): a token copied off the wire or out of a log cannot be replayed without the key, though code running on the client can still use it (RFC 9449 §11.4).",
  "トークンに、クライアントが持つ鍵による送信者制約を付けます（DPoP、RFC 9449、または相互 TLS、RFC 8705）。通信路やログから写し取ったトークンは鍵なしでは再利用できません。ただし、クライアント上で動くコードはその鍵を使えます（RFC 9449 §11.4）。",
);
const BASE_FAPI = L(
  "For partners reaching these high-value APIs, follow the OpenID Foundation's FAPI 2.0 Security Profile.",
  "高価値の API に取引先がアクセスする場合は、OpenID Foundation の FAPI 2.0 セキュリティプロファイルに従います。",
);
const BASE_EVENTUAL = L(
  `No write to the store on every request: record the session's last use at most once every ${"{every}"}, since such stores limit writes per key; with read replicas, read the primary right after sign-in and sign-out.`,
  `リクエストのたびにストアへ書き込みません。この種のストアはキーごとの書き込み回数に制限があるため、セッションの最終利用時刻の記録は ${"{every}"}に 1 回までにします。リードレプリカを使う場合は、ログインとログアウトの直後にプライマリーを読みます。`,
);

function eventualLine(): Localized {
  const every = idleWriteEvery();
  return L(
    BASE_EVENTUAL.en.replace("{every}", every.en),
    BASE_EVENTUAL.ja.replace("{every}", every.ja),
  );
}

/** An access token lives within the logout window: the table's short-lived signed-token lifetime. */
function accessLifetime(a: Answers): Localized {
  return signedTokenLifetime(a.logout === "expiry" ? "minutes" : a.logout);
}

/** How long a short-lived signed token lives: within the logout window, or the idle timeout when expiry is enough. */
function logoutWindow(a: Answers): Localized {
  const lifetime = signedTokenLifetime(a.logout);
  return a.logout === "minutes"
    ? L(`${lifetime.en} (within your logout window)`, `${lifetime.ja}（ログアウトの許容時間内）`)
    : L(`${lifetime.en} (the idle timeout)`, `${lifetime.ja}（アイドルタイムアウトと同じ）`);
}

function cookieDomainNote(a: Answers): Localized | undefined {
  if (a.domains !== "cross-site") return undefined;
  return a.sso === "none" && roleOf(a) === "own"
    ? L(
        " Each of your domains sets its own cookie and has its own sign-in.",
        " ドメインごとに自分の Cookie を設定し、ログインもドメインごとに行います。",
      )
    : L(
        " Each of your domains sets its own cookie after signing in through the provider.",
        " 各ドメインはプロバイダー経由でログインした後、自分の Cookie を設定します。",
      );
}

function join(...parts: (Localized | undefined)[]): Localized {
  const present = parts.filter((p): p is Localized => p !== undefined);
  return L(present.map((p) => p.en).join(""), present.map((p) => p.ja).join(""));
}

function duration(seconds: number): Localized {
  if (seconds % 3_600 === 0) {
    const h = seconds / 3_600;
    return L(h === 1 ? "one hour" : `${h} hours`, `${h} 時間`);
  }
  const m = Math.round(seconds / 60);
  return L(m === 1 ? "one minute" : `${m} minutes`, `${m} 分`);
}

/** The longest a token may live and still end within the logout window (≤ about 15 minutes). */
const WINDOW_SECONDS = 15 * 60;

/**
 * A provider-issued token's lifetime against the logout window (principle 9): within it, set it within it, or
 * re-check on the server, read from the capability table, never assumed.
 */
function providerLifetime(a: Answers): Localized {
  const row = providerTable[idpOf(a)];
  const name = row.name;
  if (row.role !== "openid-provider" && row.role !== "platform") return accessLifetime(a);
  const lifetime = factValue(row.accessTokenLifetime);
  const minimum = factValue(row.accessTokenMinimum);
  const check = row.role === "platform" ? factValue(row.serverSideCheck) : undefined;
  const recheck = check
    ? L(
        `check revocation on the server with ${check}`,
        `サーバー側で ${check} により失効を確認します`,
      )
    : L(
        "check on the server that the session is still active (see the provider lines)",
        "サーバー側でセッションがまだ有効か確認します（プロバイダーの項目を参照）",
      );
  if (a.logout === "expiry")
    return lifetime?.defaultSeconds
      ? L(
          `${name.en}'s access tokens live ${duration(lifetime.defaultSeconds).en} by default; a revoked login ends when they expire.`,
          `${name.ja}のアクセストークンは既定で ${duration(lifetime.defaultSeconds).ja}有効で、失効させたログインはその期限で終わります。`,
        )
      : L(
          `${name.en}'s access-token lifetime decides when a revoked login ends; keep it within the idle timeout.`,
          `失効させたログインがいつ終わるかは${name.ja}のアクセストークンの有効期間で決まります。アイドルタイムアウト以内にしてください。`,
        );
  if (a.logout === "immediate")
    return L(
      `Tokens already issued stay valid until they expire, so an immediate logout cannot rest on their lifetime: ${recheck.en} on every request that must honour it.`,
      `発行済みのトークンは期限まで有効なので、即時ログアウトを有効期間に頼ることはできません。それを守る必要のあるリクエストでは毎回、${recheck.ja}。`,
    );
  if (lifetime?.defaultSeconds && lifetime.defaultSeconds <= WINDOW_SECONDS)
    return L(
      `${name.en}'s tokens live ${duration(lifetime.defaultSeconds).en}, within your logout window.`,
      `${name.ja}のトークンの有効期間は ${duration(lifetime.defaultSeconds).ja}で、ログアウトの許容時間内です。`,
    );
  if (lifetime?.configurable === true && (minimum === undefined || minimum <= WINDOW_SECONDS))
    return L(
      `Set ${name.en}'s access-token lifetime to ${accessLifetime(a).en}, so a revoked login ends within your logout window.`,
      `${name.ja}のアクセストークンの有効期間を ${accessLifetime(a).ja}に設定し、失効させたログインがログアウトの許容時間内に終わるようにします。`,
    );
  if (lifetime?.defaultSeconds)
    return L(
      `${name.en}'s tokens live ${duration(lifetime.defaultSeconds).en}, longer than your logout window, and no shorter setting was confirmed (see the provider lines): ${recheck.en} on requests that must honour the window.`,
      `${name.ja}のトークンの有効期間は ${duration(lifetime.defaultSeconds).ja}でログアウトの許容時間より長く、短くできることは確認できていません（プロバイダーの項目を参照）。許容時間を守る必要のあるリクエストでは、${recheck.ja}。`,
    );
  return L(
    `${name.en}'s token lifetime may be longer than your logout window and was not confirmed to be shorter: ${recheck.en} on requests that must honour the window.`,
    `${name.ja}のトークンの有効期間はログアウトの許容時間より長い可能性があり、短くできることは確認できていません。許容時間を守る必要のあるリクエストでは、${recheck.ja}。`,
  );
}

type Body = Omit<ClientPlan, "client" | "baseline" | "provider">;

/** The browser's plan behind an identity-aware proxy: the proxy's session, the app none of its own. */
function proxyBrowserPlan(a: Answers): Body {
  return {
    summary: L(
      "The proxy signs users in and keeps their session; your app keeps none and verifies the proxy's signed assertion on every request.",
      "ログインとセッションはプロキシが受け持ちます。アプリは自分のセッションを持たず、リクエストごとにプロキシの署名付きアサーションを検証します。",
    ),
    holds: join(
      L(
        "The browser holds only the proxy's own cookie; your app stores nothing about the sign-in.",
        "ブラウザが持つのはプロキシ自身の Cookie だけで、アプリはログインについて何も保存しません。",
      ),
      cookieDomainNote(a),
    ),
    sends: L(
      "The proxy adds a signed assertion to each request it forwards: verify it every time as RFC 8725 says (allowed algorithms, issuer, expiry) with the binding the proxy documents (its audience, or its signer). Where the proxy forwards unsigned identity headers instead, the origin must be reachable only through the proxy. State-changing requests still pass the CSRF check, because the proxy's cookie rides along.",
      "プロキシは転送する各リクエストに署名付きアサーションを付けます。毎回 RFC 8725 のとおり（許可したアルゴリズム、発行者、有効期限）に検証し、プロキシが文書化している結びつき（オーディエンス（aud）または署名者）も確認します。署名のない ID ヘッダーを転送するプロキシの場合は、オリジンにプロキシ経由でしか届かないようにします。プロキシの Cookie が自動で付くため、状態を変えるリクエストは CSRF の確認も通します。",
    ),
    lifetime: L(
      "The proxy's session settings decide how long a sign-in lasts; set them to your logout window.",
      "ログインの有効期間はプロキシのセッション設定で決まります。ログアウトの許容時間に合わせて設定します。",
    ),
    revocation: L(
      "Revoke the user at the proxy (and at the identity provider behind it): your app has no session to delete.",
      "ユーザーのアクセスはプロキシ（とその背後の IDプロバイダー）で取り消します。アプリには削除するセッションがありません。",
    ),
    signIn: L(
      "The proxy sends users to your identity provider before any request reaches your app.",
      "リクエストがアプリに届く前に、プロキシがユーザーを IDプロバイダーでログインさせます。",
    ),
  };
}

/** The browser's plan on an auth platform without a BFF: the platform's SDK holds its tokens. */
function platformBrowserPlan(a: Answers): Body {
  const row = providerTable[idpOf(a)];
  const name = row.name;
  const sdk = row.role === "platform" ? factValue(row.sdk) : undefined;
  const cookie = sdk?.some((s) => s.sessionIn === "script-readable-cookie") ?? false;
  const check = row.role === "platform" ? factValue(row.serverSideCheck) : undefined;
  return {
    summary: L(
      `${name.en} keeps the session and its browser SDK hands your API short-lived tokens; your app runs no session system of its own.`,
      `セッションは${name.ja}が保持し、そのブラウザ SDK が短命なトークンを API に渡します。アプリ独自のセッションの仕組みは持ちません。`,
    ),
    holds: join(
      L(
        `${name.en}'s browser SDK holds the tokens where page scripts can read them (see the provider lines): that is the trade-off of no backend-for-frontend, and why cross-site scripting must be kept out.`,
        `${name.ja}のブラウザ SDK は、ページのスクリプトから読める場所にトークンを保持します（プロバイダーの項目を参照）。これが BFF を置かない代わりの代償で、クロスサイトスクリプティングを防ぐ必要がある理由です。`,
      ),
      cookieDomainNote(a),
    ),
    sends: cookie
      ? L(
          "The SDK's cookie travels with the browser's requests to your server, so state-changing requests pass the CSRF check; calls to other APIs send the access token in the Authorization: Bearer header.",
          "SDK の Cookie はブラウザのリクエストと一緒にサーバーへ送られるため、状態を変えるリクエストは CSRF の確認を通します。他の API への呼び出しではアクセストークンを Authorization: Bearer ヘッダーで送ります。",
        )
      : L(
          "The access token in the Authorization: Bearer header; your API verifies it on every call.",
          "アクセストークンを Authorization: Bearer ヘッダーで送り、API は呼び出しのたびに検証します。",
        ),
    lifetime: providerLifetime(a),
    revocation: check
      ? L(
          `End the user's sessions at ${name.en}: no new tokens are issued; for sensitive actions, ask ${check} so a revoked session is refused before its token expires.`,
          `${name.ja}でユーザーのセッションを終えれば、新しいトークンは発行されません。重要な操作では ${check} に問い合わせ、失効したセッションをトークンの期限前でも拒否します。`,
        )
      : L(
          `End the user's sessions at ${name.en}: no new tokens are issued, and tokens already issued end when they expire.`,
          `${name.ja}でユーザーのセッションを終えれば新しいトークンは発行されず、発行済みのトークンは期限で終わります。`,
        ),
    signIn: L(
      `Through ${name.en}'s own sign-in pages or components.`,
      `${name.ja}のログイン画面やコンポーネントを使います。`,
    ),
  };
}

/** The browser's plan (also an SPA's, through its backend-for-frontend). */
function browserPlan(approach: Approach, a: Answers, addOns: readonly AddOn[]): Body {
  const role = roleOf(a);
  if (role === "proxy") return proxyBrowserPlan(a);
  if (approach === "access-refresh" && !has(addOns, "bff") && role === "platform")
    return platformBrowserPlan(a);
  const store = storeName(a);
  const issuer =
    role === "token-issuer" || role === "platform"
      ? providerName(a)
      : L("your authorization server", "自社の認可サーバー");
  switch (approach) {
    case "server-session":
      return {
        summary: L(
          `Session ID in an HttpOnly cookie; the session lives in ${store.en} and ${endsOnDelete(a).en}.`,
          `HttpOnly Cookie にセッションID を入れ、セッション本体は${store.ja}に置きます。${endsOnDelete(a).ja}。`,
        ),
        holds: join(
          L(
            `A random, opaque session ID (${SESSION_ID_ENTROPY.en}); everything else stays on the server.`,
            `ランダムで不透明なセッションID（${SESSION_ID_ENTROPY.ja}）。それ以外はすべてサーバーに置きます。`,
          ),
          cookieDomainNote(a),
        ),
        sends: L(
          "The browser sends the cookie itself; every state-changing request also passes the CSRF check.",
          "Cookie はブラウザが自動で送ります。状態を変えるリクエストは CSRF の確認も通します。",
        ),
        lifetime: L(
          `Idle timeout ${idleTimeout(assuranceOf(a)).en}, absolute timeout ${absoluteTimeout(assuranceOf(a)).en}.`,
          `アイドルタイムアウトは ${idleTimeout(assuranceOf(a)).ja}、絶対タイムアウトは ${absoluteTimeout(assuranceOf(a)).ja}。`,
        ),
        revocation: L(
          `Delete the session in ${store.en}: ${refusedAfterDelete(a).en}. A ban or password change deletes all of the user's sessions.`,
          `${store.ja}のセッションを削除すると、${refusedAfterDelete(a).ja}。利用停止やパスワード変更では、そのユーザーのセッションをすべて削除します。`,
        ),
      };
    case "stateless-token":
      return {
        summary: L(
          `Short-lived signed token in an HttpOnly cookie, renewed at your origin against the user database; a ban takes effect within ${logoutWindow(a).en}.`,
          `HttpOnly Cookie に短命な署名付きトークンを入れ、オリジンでユーザーデータベースと照合して更新します。利用停止は${logoutWindow(a).ja}以内に反映されます。`,
        ),
        holds: join(
          L(
            "A signed (or encrypted) token with the user ID, the sign-in time and the user's session version; no other personal data.",
            "ユーザー ID、ログイン時刻、ユーザーのセッション世代番号を入れた署名付き（または暗号化した）トークン。その他の個人情報は入れません。",
          ),
          cookieDomainNote(a),
        ),
        sends: L(
          "The browser sends the cookie itself; every state-changing request also passes the CSRF check.",
          "Cookie はブラウザが自動で送ります。状態を変えるリクエストは CSRF の確認も通します。",
        ),
        lifetime: L(
          `Valid for ${logoutWindow(a).en}; renewed at your origin at most once per that window, and never past the absolute timeout (${absoluteTimeout(assuranceOf(a)).en}) counted from the sign-in time in the token.`,
          `有効期間は${logoutWindow(a).ja}。更新はその時間ごとに多くても 1 回オリジンで行い、トークン内のログイン時刻から数えた絶対タイムアウト（${absoluteTimeout(assuranceOf(a)).ja}）は超えません。`,
        ),
        revocation: L(
          "Raise the user's session version in the user database: the next renewal is refused, so the login ends within one lifetime. A token that merely slides forward without that check could never be revoked.",
          "ユーザーデータベースでユーザーのセッション世代番号を上げれば、次の更新が拒否され、ログインは有効期間 1 回分のうちに終わります。この確認なしに期限を延ばすだけのトークンは、決して失効させられません。",
        ),
      };
    case "gateway-token":
      return {
        summary: L(
          `Session ID in an HttpOnly cookie, looked up by the gateway, which hands each service a short-lived internal token; the session ${endsOnDelete(a).en}.`,
          `HttpOnly Cookie のセッションID をゲートウェイが参照し、各サービスには短命な内部トークンを渡します。セッションは、${endsOnDelete(a).ja}。`,
        ),
        holds: join(
          L(
            "A random, opaque session ID; the session lives in the gateway's store and never leaves your network as a token.",
            "ランダムで不透明なセッションID。セッションはゲートウェイのストアに置き、トークンとしてネットワークの外には出しません。",
          ),
          cookieDomainNote(a),
        ),
        sends: L(
          `The browser sends the cookie to the gateway (with the CSRF check); the gateway forwards a signed internal token, valid ${internalTokenLifetime().en}, with an audience per service.`,
          `ブラウザは Cookie をゲートウェイに送ります（CSRF の確認付き）。ゲートウェイは ${internalTokenLifetime().ja}だけ有効で、サービスごとにオーディエンス（aud）を分けた署名付きの内部トークンを転送します。`,
        ),
        lifetime: L(
          `Session: idle timeout ${idleTimeout(assuranceOf(a)).en}, absolute timeout ${absoluteTimeout(assuranceOf(a)).en}. Internal token: ${internalTokenLifetime().en}, never stored by services.`,
          `セッションはアイドルタイムアウト ${idleTimeout(assuranceOf(a)).ja}、絶対タイムアウト ${absoluteTimeout(assuranceOf(a)).ja}。内部トークンは ${internalTokenLifetime().ja}で、サービス側では保存しません。`,
        ),
        revocation: L(
          `Delete the session at the gateway: ${refusedAfterDelete(a).en}.`,
          `ゲートウェイでセッションを削除すると、${refusedAfterDelete(a).ja}。`,
        ),
      };
    case "access-refresh":
      return {
        summary: L(
          `Only an HttpOnly cookie for your backend-for-frontend; the BFF keeps the access and refresh tokens from ${issuer.en} on the server.`,
          `ブラウザが持つのは BFF 用の HttpOnly Cookie だけ。${issuer.ja}のアクセストークンとリフレッシュトークンは BFF がサーバー側で保持します。`,
        ),
        holds: join(
          L(
            "A session cookie for the backend-for-frontend; the BFF, a confidential OAuth client, holds the tokens.",
            "BFF 用のセッション Cookie。トークンは OAuth のコンフィデンシャルクライアントである BFF が保持します。",
          ),
          cookieDomainNote(a),
        ),
        sends: L(
          "The browser sends the cookie to the BFF (with the CSRF check); the BFF adds the access token to calls to your services.",
          "ブラウザは Cookie を BFF に送ります（CSRF の確認付き）。BFF がサービスへの呼び出しにアクセストークンを付けます。",
        ),
        lifetime:
          role === "token-issuer" || role === "platform"
            ? providerLifetime(a)
            : a.logout === "immediate"
              ? L(
                  `Opaque access tokens checked by introspection (RFC 7662); refresh token rotated, never past the session's absolute timeout (${absoluteTimeout(assuranceOf(a)).en}).`,
                  `アクセストークンは不透明な形式にしてイントロスペクション（RFC 7662）で確認します。リフレッシュトークンはローテーションし、セッションの絶対タイムアウト（${absoluteTimeout(assuranceOf(a)).ja}）を超えて使いません。`,
                )
              : L(
                  `Access token: ${accessLifetime(a).en}. Refresh token: rotated on use, never past the session's absolute timeout (${absoluteTimeout(assuranceOf(a)).en}); the BFF session ends with it.`,
                  `アクセストークンは ${accessLifetime(a).ja}。リフレッシュトークンは使うたびにローテーションし、セッションの絶対タイムアウト（${absoluteTimeout(assuranceOf(a)).ja}）を超えて使いません。BFF のセッションもそれに合わせて終えます。`,
                ),
        revocation:
          role === "token-issuer" || role === "platform"
            ? L(
                `End the BFF session and revoke the refresh token at ${issuer.en}: no new access tokens are issued, and those already issued end when they expire (see the provider lines).`,
                `BFF のセッションを終え、${issuer.ja}でリフレッシュトークンを失効させます。新しいアクセストークンは発行されず、発行済みのものは期限で終わります（プロバイダーの項目を参照）。`,
              )
            : L(
                "End the BFF session and revoke the refresh token (RFC 7009): the login ends within the access token's lifetime.",
                "BFF のセッションを終え、リフレッシュトークンを失効させます（RFC 7009）。ログインはアクセストークンの有効期間内に終わります。",
              ),
      };
  }
}

// The team's own login and a native app (no identity provider, no OAuth): principle 12's sign-in path.
const NATIVE_OWN_SIGN_IN = L(
  "With your own login: a mobile app may show its own sign-in screen that posts to your API over TLS; a desktop app opens the system browser on your sign-in page and receives the result on a loopback redirect (http://127.0.0.1 on a free port) with PKCE (RFC 8252 §7.3), never in an embedded web view. Your backend then issues the device its own token.",
  "自社のログインの場合、モバイルアプリは自前のログイン画面から TLS で API に送信できます。デスクトップアプリはシステムブラウザで自社のログインページを開き、ループバックのリダイレクト（空いているポートの http://127.0.0.1）で PKCE 付きの結果を受け取ります（RFC 8252 §7.3）。埋め込み WebView は使いません。その後、バックエンドがその端末専用のトークンを発行します。",
);
const BOUND_SENDS = L(
  " Bound to the client's key (below), it goes in an Authorization: DPoP header with a fresh DPoP proof on every request (RFC 9449 §7.1), or as a bearer token only over the mutual-TLS connection it is bound to (RFC 8705).",
  " 下記のとおりクライアントの鍵による送信者制約を付けたトークンは、リクエストごとに新しい DPoP 証明を付けて Authorization: DPoP ヘッダーで送るか（RFC 9449 §7.1）、送信者制約に使う相互 TLS の接続上でのみベアラートークンとして送ります（RFC 8705）。",
);
/**
 * An SPA on a sibling subdomain calls the API on another origin of the same site: the session cookie goes along
 * only on a credentialed cross-origin request, which the API must allow for that one origin (Fetch standard, CORS).
 */
const SAME_SITE_SPA_SENDS = L(
  ' The SPA runs on another origin of the same site, so its fetch calls set credentials: "include", and the API allows exactly that origin with Access-Control-Allow-Credentials: true (never a wildcard origin).',
  ' SPA は同じサイトの別オリジンで動くため、fetch では credentials: "include" を指定し、API はその 1 つのオリジンだけを Access-Control-Allow-Credentials: true で許可します（オリジンにワイルドカードは使いません）。',
);
/** The approaches whose browser plan is a cookie the app sets itself. */
const OWN_COOKIE_APPROACHES: readonly Approach[] = [
  "server-session",
  "stateless-token",
  "gateway-token",
];
/** Where the provider or platform keeps the session: the baseline timeouts are its settings, or the API's check. */
function providerTimeouts(kind: string, a: Answers): Localized {
  const name = providerName(a);
  if (kind === "native" || kind === "cli")
    return L(
      `Idle and absolute limits for each device are ${name.en}'s session settings where it offers them (see the provider lines); where it does not, your API refuses tokens whose sign-in time (auth_time, or the claim the provider documents for it) is past your absolute limit, and sensitive actions ask for a fresh sign-in.`,
      `端末ごとのアイドルと絶対的な上限は、${name.ja}にセッションの設定があればそれで決めます（プロバイダーの項目を参照）。なければ、ログイン時刻（auth_time、またはプロバイダーが文書化しているクレーム）が絶対的な上限を過ぎたトークンを API が拒否し、重要な操作の前には再ログインを求めます。`,
    );
  const idle = idleTimeout(assuranceOf(a));
  const absolute = absoluteTimeout(assuranceOf(a));
  return L(
    `Idle and absolute timeouts (idle ${idle.en}, absolute ${absolute.en}, counted from sign-in) are ${name.en}'s session settings where it offers them (see the provider lines); where it does not, your API refuses tokens whose sign-in time (auth_time, or the claim the provider documents for it) is past the absolute limit.`,
    `アイドルタイムアウト（${idle.ja}）と絶対タイムアウト（${absolute.ja}、ログイン時刻から数える）は、${name.ja}にセッションの設定があればそれで決めます（プロバイダーの項目を参照）。なければ、ログイン時刻（auth_time、またはプロバイダーが文書化しているクレーム）が絶対的な上限を過ぎたトークンを API が拒否します。`,
  );
}

const BEARER_ONLY = L(
  "Sent only in the Authorization: Bearer header; the server accepts it only from that header (and the browser's session only from its cookie).",
  "Authorization: Bearer ヘッダーでのみ送ります。サーバーはこのヘッダーからのみ受け付けます（ブラウザのセッションは Cookie からのみ）。",
);

/** Native apps, CLIs and partners behind a proxy: the proxy's browser sign-in does not fit them (principle 9). */
function behindProxyPlan(what: Localized): Body {
  return {
    summary: L(
      `The proxy's browser sign-in does not fit ${what.en}: they need the proxy's programmatic path (see the provider lines) or an API hostname of their own.`,
      `プロキシのブラウザ向けログインは${what.ja}には合いません。プロキシのプログラム向けの経路（プロバイダーの項目を参照）か、専用の API ホスト名が必要です。`,
    ),
    holds: L(
      "Whatever credential the proxy issues for programmatic access, kept in the OS keystore.",
      "プロキシがプログラム向けに発行する認証情報を、OS のキーストアに保存します。",
    ),
    sends: L(
      "As the proxy requires for programmatic access; your app still verifies the proxy's signed assertion on every request.",
      "プロキシがプログラム向けに求める方法で送ります。アプリは引き続き、リクエストごとにプロキシの署名付きアサーションを検証します。",
    ),
    lifetime: L(
      "Set by the proxy's programmatic credential; check how long it lives before relying on it.",
      "プロキシのプログラム向け認証情報で決まります。頼る前に有効期間を確認します。",
    ),
    revocation: L("Revoke the credential at the proxy.", "認証情報はプロキシで失効させます。"),
    signIn: L(
      "Through the proxy's programmatic path (its service tokens or its own client tooling, see the provider lines), never its browser sign-in inside the app.",
      "プロキシのプログラム向けの経路（サービストークンやプロキシ専用のクライアントツール。プロバイダーの項目を参照）を使います。アプリ内でプロキシのブラウザ用ログインは使いません。",
    ),
  };
}

function nativePlan(approach: Approach, a: Answers): Body {
  const store = storeName(a);
  const role = roleOf(a);
  if (role === "proxy") return behindProxyPlan(L("native apps", "ネイティブアプリ"));
  switch (approach) {
    case "server-session":
      return {
        summary: L(
          `An opaque token per device in the OS keystore, sent as a bearer token; the session lives in ${store.en} and ${endsOnDelete(a).en}.`,
          `端末ごとの不透明なトークンを OS のキーストアに保存し、ベアラートークンとして送ります。セッションは${store.ja}に置きます。${endsOnDelete(a).ja}。`,
        ),
        holds: L(
          "A random, opaque session token issued to this device (not a cookie), kept in the platform's keystore (the Keychain on iOS and macOS, the Android Keystore, Windows Credential Manager, libsecret).",
          "この端末に発行したランダムで不透明なセッショントークン（Cookie ではありません）。プラットフォームのキーストア（iOS と macOS の Keychain、Android Keystore、Windows Credential Manager、libsecret）に保存します。",
        ),
        sends: BEARER_ONLY,
        lifetime: L(
          "Idle and absolute timeouts like any session (apps often use longer ones, with a fresh sign-in before sensitive actions).",
          "ほかのセッションと同じくアイドルタイムアウトと絶対タイムアウト（アプリでは長めにし、重要な操作の前に再ログインを求めることが多くあります）。",
        ),
        revocation: L(
          `Delete the device's session: ${refusedAfterDelete(a).en}. List devices so a user can end one.`,
          `端末のセッションを削除すると、${refusedAfterDelete(a).ja}。ユーザーが個別に終了できるよう端末の一覧を示します。`,
        ),
      };
    case "stateless-token":
      return {
        summary: L(
          `A short-lived signed token in memory and a renewal token in the OS keystore; renewal re-checks the user, so a ban takes effect within ${logoutWindow(a).en}.`,
          `短命な署名付きトークンはメモリに、更新用トークンは OS のキーストアに置きます。更新時にユーザーを確認し直すので、利用停止は${logoutWindow(a).ja}以内に反映されます。`,
        ),
        holds: L(
          "A signed token with the user ID and session version (memory only) and a renewal token (OS keystore).",
          "ユーザー ID とセッション世代番号を入れた署名付きトークン（メモリのみ）と、更新用トークン（OS のキーストア）。",
        ),
        sends: BEARER_ONLY,
        lifetime: L(
          `Signed token: ${logoutWindow(a).en}. Renewal at your origin checks the user's session version in the user database.`,
          `署名付きトークンは${logoutWindow(a).ja}。オリジンでの更新時に、ユーザーデータベースでユーザーのセッション世代番号を確認します。`,
        ),
        revocation: L(
          "Raise the user's session version: the next renewal is refused.",
          "ユーザーのセッション世代番号を上げれば、次の更新が拒否されます。",
        ),
      };
    case "gateway-token":
      return {
        summary: L(
          `An opaque token per device in the OS keystore, sent to the gateway as a bearer token and looked up there; it ${endsOnDelete(a).en}.`,
          `端末ごとの不透明なトークンを OS のキーストアに保存し、ベアラートークンとしてゲートウェイに送って参照させます。${endsOnDelete(a).ja}。`,
        ),
        holds: L(
          "A random, opaque token for this device, kept in the OS keystore.",
          "この端末用のランダムで不透明なトークン。OS のキーストアに保存します。",
        ),
        sends: L(
          "Authorization: Bearer header to the gateway, which forwards a short-lived internal token to the services.",
          "Authorization: Bearer ヘッダーでゲートウェイに送り、ゲートウェイが短命な内部トークンをサービスへ転送します。",
        ),
        lifetime: L(
          "Idle and absolute timeouts at the gateway.",
          "ゲートウェイでアイドルタイムアウトと絶対タイムアウトを管理します。",
        ),
        revocation: L(
          `Delete the device's session at the gateway: ${refusedAfterDelete(a).en}.`,
          `ゲートウェイで端末のセッションを削除すると、${refusedAfterDelete(a).ja}。`,
        ),
      };
    case "access-refresh": {
      const provided = role === "token-issuer" || role === "platform";
      const issuer = provided
        ? providerName(a)
        : L("your authorization server", "自社の認可サーバー");
      return {
        summary: L(
          `Access token in memory, refresh token in the OS keystore, obtained from ${issuer.en} through the system browser with PKCE${role === "platform" ? " or the platform's native SDK" : ""}.`,
          `アクセストークンはメモリに、リフレッシュトークンは OS のキーストアに置き、${issuer.ja}からシステムブラウザと PKCE${role === "platform" ? "（またはプラットフォームのネイティブ SDK）" : ""}で取得します。`,
        ),
        holds: L(
          "A short-lived access token (memory) and a refresh token (OS keystore).",
          "短命なアクセストークン（メモリ）とリフレッシュトークン（OS のキーストア）。",
        ),
        sends: L(
          "Authorization: Bearer header with the access token.",
          "アクセストークンを Authorization: Bearer ヘッダーで送ります。",
        ),
        lifetime: provided
          ? join(
              providerLifetime(a),
              L(
                ` Refresh token: how long it lives and whether it is rotated are ${providerName(a).en}'s rules (see the provider lines); turn on rotation or device binding and cap its life at ${appRefreshLimit().en} where ${providerName(a).en} offers those settings.`,
                ` リフレッシュトークンの有効期間とローテーションの有無は${providerName(a).ja}の規則で決まります（プロバイダーの項目を参照）。${providerName(a).ja}に設定があれば、ローテーションか端末への送信者制約を有効にし、有効期間の上限を ${appRefreshLimit().ja}にします。`,
              ),
            )
          : L(
              `Access token: ${accessLifetime(a).en}. Refresh token: rotated on use or sender-constrained to the device (DPoP, RFC 9449), with an absolute limit of ${appRefreshLimit().en} (RFC 9700).`,
              `アクセストークンは ${accessLifetime(a).ja}。リフレッシュトークンは使うたびにローテーションするか、端末への送信者制約（DPoP、RFC 9449）を付け、絶対的な上限は ${appRefreshLimit().ja}とします（RFC 9700）。`,
            ),
        revocation: provided
          ? L(
              `Revoke the device's refresh token or session at ${issuer.en}: no new access tokens are issued, and those already issued end when they expire (see the provider lines).`,
              `${issuer.ja}で端末のリフレッシュトークンまたはセッションを失効させます。新しいアクセストークンは発行されず、発行済みのものは期限で終わります（プロバイダーの項目を参照）。`,
            )
          : L(
              "Revoke the refresh token (RFC 7009): the app's login ends within the access token's lifetime.",
              "リフレッシュトークンを失効させれば（RFC 7009）、アプリのログインはアクセストークンの有効期間内に終わります。",
            ),
      };
    }
  }
}

/** A command-line tool (or a TV, or another device without a good browser): principle 12. */
function cliPlan(approach: Approach, a: Answers): Body {
  const role = roleOf(a);
  if (role === "proxy") return behindProxyPlan(L("command-line tools", "CLI"));
  const store = storeName(a);
  const provided = role === "token-issuer" || role === "platform";
  const name = providerName(a);
  const flow = L(
    "Where the machine has a browser, open the system browser and receive the code on a loopback redirect (http://127.0.0.1 on a free port) with PKCE (RFC 8252 §7.3). On headless machines and TVs, use the device authorization grant (RFC 8628): the tool shows a code the user approves on another device. It invites device-code phishing (RFC 8628 §5.4), so the approval page names the device and asks the user to confirm they started it, and codes expire within minutes.",
    "ブラウザのあるマシンでは、システムブラウザを開き、ループバックのリダイレクト（空いているポートの http://127.0.0.1）で PKCE 付きの認可コードを受け取ります（RFC 8252 §7.3）。ヘッドレスのマシンやテレビでは、デバイス認可グラント（RFC 8628）を使い、ツールが表示するコードをユーザーが別の端末で承認します。デバイスコードによるフィッシングを招くため（RFC 8628 §5.4）、承認画面に端末名を示して本人が始めたものか確認させ、コードは数分で期限切れにします。",
  );
  const who =
    role === "own"
      ? L(
          " Your web app runs this flow itself: once the user approves in the browser, it issues this device its own token.",
          " この流れは自社の Web アプリ自身が実装します。ユーザーがブラウザで承認したら、この端末専用のトークンを発行します。",
        )
      : role === "sign-in"
        ? L(
            ` The user signs in through ${name.en} in the browser; your backend then issues this device its own token.`,
            ` ユーザーはブラウザで${name.ja}を使ってログインし、その後、自社のバックエンドがこの端末専用のトークンを発行します。`,
          )
        : L(
            ` The tokens come from ${name.en}; check that it supports the path you need (see the provider lines).`,
            ` トークンは${name.ja}が発行します。必要な経路に対応しているか確認します（プロバイダーの項目を参照）。`,
          );
  const signIn = join(flow, who);
  if (provided || approach === "access-refresh")
    return {
      summary: L(
        "An access token in memory and a refresh token for this device in the OS keychain, obtained through the browser with PKCE (or the device grant on headless machines).",
        "アクセストークンはメモリに、この端末用のリフレッシュトークンは OS のキーチェーンに置き、ブラウザと PKCE（ヘッドレスのマシンではデバイス認可グラント）で取得します。",
      ),
      holds: L(
        "A short-lived access token (memory) and this device's refresh token (OS keychain).",
        "短命なアクセストークン（メモリ）と、この端末のリフレッシュトークン（OS のキーチェーン）。",
      ),
      sends: L(
        "Authorization: Bearer header with the access token.",
        "アクセストークンを Authorization: Bearer ヘッダーで送ります。",
      ),
      lifetime: provided
        ? providerLifetime(a)
        : L(
            `Access token: ${accessLifetime(a).en}. Refresh token: rotated on use, with an absolute limit of ${appRefreshLimit().en}.`,
            `アクセストークンは ${accessLifetime(a).ja}。リフレッシュトークンは使うたびにローテーションし、絶対的な上限は ${appRefreshLimit().ja}とします。`,
          ),
      revocation: L(
        "Revoke this device's refresh token (RFC 7009); list the user's devices so one can be ended without the others.",
        "この端末のリフレッシュトークンを失効させます（RFC 7009）。ユーザーの端末を一覧にし、他の端末に影響せずに 1 台だけ終了できるようにします。",
      ),
      signIn,
    };
  if (approach === "stateless-token")
    return {
      summary: L(
        `A short-lived signed token in memory and a per-device renewal token in the OS keychain; renewal re-checks the user, so a ban takes effect within ${logoutWindow(a).en}.`,
        `短命な署名付きトークンはメモリに、端末ごとの更新用トークンは OS のキーチェーンに置きます。更新時にユーザーを確認し直すので、利用停止は${logoutWindow(a).ja}以内に反映されます。`,
      ),
      holds: L(
        "A signed token with the user ID and session version (memory only) and this device's renewal token (OS keychain).",
        "ユーザー ID とセッション世代番号を入れた署名付きトークン（メモリのみ）と、この端末の更新用トークン（OS のキーチェーン）。",
      ),
      sends: BEARER_ONLY,
      lifetime: L(
        `Signed token: ${logoutWindow(a).en}. Renewal at your origin checks the user's session version in the user database.`,
        `署名付きトークンは${logoutWindow(a).ja}。オリジンでの更新時に、ユーザーデータベースでユーザーのセッション世代番号を確認します。`,
      ),
      revocation: L(
        "Raise the user's session version: the next renewal is refused on every device.",
        "ユーザーのセッション世代番号を上げれば、すべての端末で次の更新が拒否されます。",
      ),
      signIn,
    };
  return {
    summary: L(
      `An opaque token issued to this device, kept in the OS keychain and sent as a bearer token; its session lives in ${store.en} and ${endsOnDelete(a).en}.`,
      `この端末に発行した不透明なトークンを OS のキーチェーンに保存し、ベアラートークンとして送ります。トークンは${store.ja}で管理します。${endsOnDelete(a).ja}。`,
    ),
    holds: L(
      "A random, opaque token for this device (never the user's password or browser cookie).",
      "この端末用のランダムで不透明なトークン（ユーザーのパスワードやブラウザの Cookie ではありません）。",
    ),
    sends: BEARER_ONLY,
    lifetime: L(
      `An idle limit and an absolute limit per device (at most ${appRefreshLimit().en}), after which the user signs in again.`,
      `端末ごとにアイドルの上限と絶対的な上限（最長 ${appRefreshLimit().ja}）を設け、その後は再ログインします。`,
    ),
    revocation: L(
      `Delete this device's token: ${refusedAfterDelete(a).en}. List the user's devices (name, last use) so one can be ended without the others.`,
      `この端末のトークンを削除すると、${refusedAfterDelete(a).ja}。ユーザーの端末（名前、最終利用）を一覧にし、他の端末に影響せずに 1 台だけ終了できるようにします。`,
    ),
    signIn,
  };
}

/** Other organisations' servers calling without a user (principle 12): OAuth access tokens for machines. */
function servicePlan(a: Answers): Body {
  const immediate = a.logout === "immediate";
  return {
    summary: immediate
      ? L(
          "OAuth access tokens for machines: each partner's server gets short-lived opaque tokens from your authorization server with the client credentials grant, checked by introspection on every call; no refresh token.",
          "マシン向けの OAuth アクセストークン。取引先の各サーバーはクライアントクレデンシャルグラントで認可サーバーから短命な不透明トークンを受け取り、API は呼び出しごとにイントロスペクションで確認します。リフレッシュトークンはありません。",
        )
      : L(
          `OAuth access tokens for machines: each partner's server gets short-lived access tokens (${accessLifetime(a).en}) from your authorization server with the client credentials grant; no refresh token.`,
          `マシン向けの OAuth アクセストークン。取引先の各サーバーはクライアントクレデンシャルグラントで認可サーバーから短命なアクセストークン（${accessLifetime(a).ja}）を受け取ります。リフレッシュトークンはありません。`,
        ),
    holds: L(
      "A client registration per partner, authenticated with private_key_jwt (RFC 7523) or mutual TLS (RFC 8705), so no shared secret travels; and the access token it last obtained.",
      "取引先ごとのクライアント登録。認証には private_key_jwt（RFC 7523）か相互 TLS（RFC 8705）を使い、共有シークレットを送りません。それに加えて、最後に取得したアクセストークン。",
    ),
    sends: L(
      "Authorization: Bearer header to your API, which checks scope and audience.",
      "Authorization: Bearer ヘッダーで API に送り、API はスコープとオーディエンス（aud）を確認します。",
    ),
    lifetime: immediate
      ? L(
          "Opaque access tokens checked by introspection (RFC 7662); no refresh token (RFC 6749 §4.4.3): the client asks for a new token when one expires.",
          "アクセストークンは不透明な形式にし、イントロスペクション（RFC 7662）で確認します。リフレッシュトークンは発行しません（RFC 6749 §4.4.3）。期限が来たらクライアントが新しいトークンを取得します。",
        )
      : L(
          `JWT access tokens (RFC 9068) living ${accessLifetime(a).en}; no refresh token (RFC 6749 §4.4.3): the client asks for a new token when one expires.`,
          `JWT 形式のアクセストークン（RFC 9068）は ${accessLifetime(a).ja}。リフレッシュトークンは発行しません（RFC 6749 §4.4.3）。期限が来たらクライアントが新しいトークンを取得します。`,
        ),
    revocation: immediate
      ? L(
          "Disable the partner's client or remove its key: no new tokens are issued, and introspection refuses its tokens on the next call.",
          "取引先のクライアントを無効にするか鍵を削除すれば、新しいトークンは発行されず、次の呼び出しからイントロスペクションがそのトークンを拒否します。",
        )
      : L(
          "Disable the partner's client or remove its key: no new tokens are issued, and those already issued end within their lifetime.",
          "取引先のクライアントを無効にするか鍵を削除すれば、新しいトークンは発行されず、発行済みのものは有効期間内に終わります。",
        ),
    signIn: L(
      "No user signs in: the client credentials grant (RFC 6749 §4.4). Why not plain API keys, the simpler option: a static key never expires on its own, travels as the same secret in every call and cannot be bound to the client; client credentials with a private key give short-lived tokens while the key never leaves the partner.",
      "ユーザーはログインしません。クライアントクレデンシャルグラント（RFC 6749 §4.4）を使います。より簡単な API キーを選ばない理由：固定のキーは自然には期限切れにならず、毎回同じ秘密として送られ、送信者制約も付けられません。秘密鍵を使うクライアントクレデンシャルなら、鍵は取引先から出ないまま短命なトークンを得られます。",
    ),
  };
}

function partnerPlan(a: Answers): Body {
  const immediate = a.logout === "immediate";
  return {
    summary: immediate
      ? L(
          "OAuth access tokens from your authorization server, opaque and checked by introspection on every call, so revoking a grant works at once.",
          "認可サーバーが発行する OAuth アクセストークンを不透明な形式にし、呼び出しごとにイントロスペクションで確認します。グラントの失効はすぐに効きます。",
        )
      : L(
          `OAuth access tokens from your authorization server (JWT, ${accessLifetime(a).en}) and refresh tokens revocable per grant.`,
          `認可サーバーが発行する OAuth アクセストークン（JWT、${accessLifetime(a).ja}）と、グラントごとに失効できるリフレッシュトークン。`,
        ),
    holds: L(
      "Tokens issued to each registered partner after the user's consent, limited by scopes; never the user's password or session.",
      "登録済みの各取引先に、ユーザーの同意を得てスコープで範囲を限って発行するトークン。ユーザーのパスワードやセッションは決して渡しません。",
    ),
    sends: L(
      "Authorization: Bearer header to your API, which checks scope and audience.",
      "Authorization: Bearer ヘッダーで API に送り、API はスコープとオーディエンス（aud）を確認します。",
    ),
    lifetime: immediate
      ? L(
          "Opaque access tokens checked by introspection (RFC 7662); refresh tokens rotated for public clients (RFC 9700).",
          "アクセストークンは不透明な形式にし、イントロスペクション（RFC 7662）で確認します。パブリッククライアントのリフレッシュトークンはローテーションします（RFC 9700）。",
        )
      : L(
          `JWT access tokens (RFC 9068) living ${accessLifetime(a).en}; refresh tokens rotated for public clients (RFC 9700).`,
          `JWT 形式のアクセストークン（RFC 9068）は ${accessLifetime(a).ja}。パブリッククライアントのリフレッシュトークンはローテーションします（RFC 9700）。`,
        ),
    revocation: immediate
      ? L(
          "Revoke the grant (RFC 7009): introspection refuses its tokens on the next call.",
          "グラントを失効させれば（RFC 7009）、次の呼び出しからイントロスペクションがそのトークンを拒否します。",
        )
      : L(
          "Revoke the grant or refresh token (RFC 7009): access ends within the access token's lifetime.",
          "グラントまたはリフレッシュトークンを失効させれば（RFC 7009）、アクセスはアクセストークンの有効期間内に終わります。",
        ),
    signIn: L(
      "Authorization code with PKCE for partners' apps acting for a user; client credentials only for a partner's own back-end jobs.",
      "ユーザーの代わりに動く取引先のアプリには PKCE 付きの認可コードフロー。クライアントクレデンシャルは取引先自身のバックエンド処理にだけ使います。",
    ),
  };
}

function usesJwt(client: string, approach: Approach, a: Answers): boolean {
  const role = roleOf(a);
  if (client === "third-party" || client === "service") return a.logout !== "immediate";
  if (role === "proxy") return client === "browser" || client === "spa";
  if (role === "token-issuer" || role === "platform") return true;
  if (approach === "stateless-token" || approach === "gateway-token") return true;
  return approach === "access-refresh" && a.logout !== "immediate";
}

/** Whether this client's own credential is a cookie (a browser, an SPA through its BFF, or a platform's SDK). */
function usesCookie(client: string): boolean {
  return client === "browser" || client === "spa";
}

/** What single logout can and cannot do for these answers (principle 10): never promised unconditionally. */
function singleLogoutLine(approach: Approach): Localized {
  if (approach === "stateless-token")
    return L(
      " OpenID Connect back-channel logout needs a server-side session the app can find by `sid`, and a stateless token has none, so it cannot be received here: a ban takes effect when the token is next renewed against the user database.",
      " バックチャネルログアウトには、アプリが `sid` で探せるサーバー側のセッションが必要です。ステートレスなトークンにはそれがないので受け取れません。利用停止はトークンを次にユーザーデータベースと照合して更新するときに反映されます。",
    );
  return L(
    " Each app keeps its own session and stores the provider's `sid` with it, so a back-channel logout, where the provider sends one, can end it (see the provider lines for whether yours does, and on which plan); a ban in your app deletes the user's sessions itself, and enterprise customers deprovision users through SCIM (RFC 7644) where it is offered.",
    " 各アプリは自分のセッションを持ち、プロバイダーの `sid` を一緒に保存します。プロバイダーがバックチャネルログアウトを送る場合は、それでセッションを終えられます（送るかどうか、どのプランで使えるかはプロバイダーの項目を参照）。アプリでの利用停止ではアプリ自身がユーザーのセッションを削除し、企業顧客は SCIM（RFC 7644）が使える場合はそれでユーザーを削除します。",
  );
}

/**
 * Where the provider's SDK default differs from this plan (principle 9): an SDK that keeps the session in an
 * encrypted cookie runs a stateless token, which a ban cannot end before it expires.
 */
function sdkDefaultLine(approach: Approach, a: Answers): Localized | undefined {
  if (roleOf(a) !== "sign-in" || approach === "stateless-token") return undefined;
  const row = providerTable[idpOf(a)];
  if (row.role !== "openid-provider") return undefined;
  const sdk = factValue(row.sdk);
  if (!sdk?.some((s) => s.sessionIn === "encrypted-cookie")) return undefined;
  return L(
    ` This plan keeps the session on the server, which is not the SDK's default: give it a server-side store (a database adapter with Auth.js, a sessionStore with @auth0/nextjs-auth0), because its default encrypted cookie is a stateless token that a ban cannot end before it expires.`,
    ` この計画ではセッションをサーバー側に置きますが、これは SDK の既定ではありません。SDK にサーバー側のストア（Auth.js ではデータベースアダプター、@auth0/nextjs-auth0 では sessionStore）を設定します。既定の暗号化 Cookie はステートレスなトークンで、期限前に利用停止で終わらせることができないためです。`,
  );
}

function signInFor(
  client: string,
  approach: Approach,
  a: Answers,
  addOns: readonly AddOn[],
): Localized | undefined {
  const role = roleOf(a);
  if (client === "native" && has(addOns, "pkce-native")) {
    if (role === "token-issuer" || role === "platform")
      return L(
        `Through ${providerName(a).en} in the system browser with PKCE (RFC 8252)${role === "platform" ? ", or the platform's native SDK" : ""}; never an embedded web view.`,
        `システムブラウザで${providerName(a).ja}を開き PKCE を使います（RFC 8252）${role === "platform" ? "。プラットフォームのネイティブ SDK も使えます" : ""}。埋め込み WebView は使いません。`,
      );
    return a.sso === "none" && role === "own"
      ? L(
          "Through your authorization server in the system browser, with PKCE (RFC 8252); never an embedded web view.",
          "システムブラウザで認可サーバーを開き、PKCE を使います（RFC 8252）。埋め込み WebView は使いません。",
        )
      : L(
          "Through the identity provider in the system browser with PKCE, or the platform's own sign-in SDK; never an embedded web view. Your backend then issues the app its own token.",
          "システムブラウザで IDプロバイダーを開き PKCE を使うか、プラットフォーム公式のログイン SDK を使います。埋め込み WebView は使いません。その後、自社のバックエンドがアプリ専用のトークンを発行します。",
        );
  }
  if (usesCookie(client) && has(addOns, "oidc")) {
    const through =
      role === "own"
        ? L("your OpenID Connect provider", "OpenID Connect プロバイダー")
        : providerName(a);
    const head = L(
      `Through ${through.en} (SAML 2.0 for enterprise identity providers that require it)`,
      `${through.ja}経由でログインします（企業の IDプロバイダーが求める場合は SAML 2.0）`,
    );
    if (a.logout === "expiry")
      return join(
        head,
        L(
          "; each app then keeps its own session.",
          "。その後は各アプリが自分のセッションを持ちます。",
        ),
      );
    return join(head, L(".", "。"), sdkDefaultLine(approach, a), singleLogoutLine(approach));
  }
  return undefined;
}

export function planFor(
  client: Client,
  approach: Approach,
  answers: Answers,
  addOns: readonly AddOn[],
): ClientPlan {
  const kind = client as string;
  let body: Body;
  if (kind === "third-party") body = partnerPlan(answers);
  else if (kind === "service") body = servicePlan(answers);
  else if (kind === "cli") body = cliPlan(approach, answers);
  else if (kind === "native") body = nativePlan(approach, answers);
  else body = browserPlan(approach, answers, addOns);
  if (kind === "spa" && has(addOns, "bff")) {
    body = {
      ...body,
      summary: join(
        L(
          "The SPA holds no token: a backend-for-frontend on the SPA's own site does. ",
          "SPA はトークンを持たず、SPA と同じサイトの BFF が持ちます。",
        ),
        body.summary,
      ),
      holds: join(
        L(
          "An HttpOnly cookie for the backend-for-frontend on the SPA's own site, which holds the credential below and calls your API for the SPA. ",
          "SPA と同じサイトにある BFF 用の HttpOnly Cookie。BFF が次の認証情報を持ち、SPA の代わりに API を呼びます。",
        ),
        body.holds,
      ),
    };
  }
  if (
    kind === "spa" &&
    !has(addOns, "bff") &&
    answers.domains === "same-site" &&
    roleOf(answers) !== "proxy" &&
    OWN_COOKIE_APPROACHES.includes(approach) &&
    body.sends
  )
    body = { ...body, sends: join(body.sends, SAME_SITE_SPA_SENDS) };
  const signIn =
    kind === "third-party" || kind === "service" || kind === "cli" || roleOf(answers) === "proxy"
      ? body.signIn
      : (signInFor(kind, approach, answers, addOns) ??
        body.signIn ??
        (kind === "native" && roleOf(answers) === "own" ? NATIVE_OWN_SIGN_IN : undefined));
  // A token bound to the client's key is not sent as a plain bearer token (RFC 9449 §7.1, RFC 8705).
  if (has(addOns, "sender-constrained") && kind !== "browser" && kind !== "spa" && body.sends)
    body = { ...body, sends: join(body.sends, BOUND_SENDS) };
  const high = assuranceOf(answers) === "high";
  const baseline: Localized[] = [];
  const proxied = roleOf(answers) === "proxy" && usesCookie(kind);
  // Behind a proxy the app issues no session or token of its own, for any client: the proxy's settings rule.
  const behindProxy =
    roleOf(answers) === "proxy" && (proxied || kind === "native" || kind === "cli");
  // Where a provider or platform keeps the session, its settings hold the timeouts, not the team's server.
  const providerKeeps =
    !proxied &&
    (roleOf(answers) === "platform" || roleOf(answers) === "token-issuer") &&
    !(usesCookie(kind) && has(addOns, "bff"));
  if (proxied) baseline.push(proxyTimeouts(answers));
  else if (kind !== "service" && !behindProxy) baseline.push(BASE_NEW_AT_SIGN_IN);
  if (behindProxy && !proxied) baseline.push(PROXY_DEVICE_CREDENTIAL);
  if (behindProxy) {
    // The proxy keeps the session: its limits are the baseline, the app has none of its own.
  } else if (providerKeeps && kind !== "third-party" && kind !== "service")
    baseline.push(providerTimeouts(kind, answers));
  else if (kind === "native" || kind === "cli") baseline.push(BASE_TIMEOUTS_APP);
  else if (kind === "third-party") baseline.push(BASE_TIMEOUTS_PARTNER);
  else if (kind !== "service") baseline.push(baseTimeouts(answers));
  if (
    usesCookie(kind) &&
    roleOf(answers) !== "proxy" &&
    !(roleOf(answers) === "platform" && !has(addOns, "bff"))
  )
    baseline.push(BASE_COOKIE);
  if (kind === "native") baseline.push(BASE_KEYSTORE);
  if (kind === "cli") baseline.push(BASE_KEYCHAIN_CLI, BASE_CI);
  if (usesJwt(kind, approach, answers)) baseline.push(BASE_JWT);
  if (high && usesCookie(kind)) baseline.push(BASE_STEP_UP);
  if (high && kind === "native") baseline.push(BASE_DEVICE_KEY);
  if (has(addOns, "sender-constrained") && kind !== "browser" && kind !== "spa")
    baseline.push(BASE_SENDER_CONSTRAINED);
  if (high && (kind === "third-party" || kind === "service")) baseline.push(BASE_FAPI);
  if (eventualStore(answers) && storeHoldsSessions(kind, approach, answers))
    baseline.push(eventualLine());
  const provider = providerFacts(kind, answers, approach, addOns);
  return {
    client,
    ...body,
    ...(signIn && { signIn }),
    baseline,
    ...(provider.length > 0 && { provider }),
  };
}

/** Whether this client's sign-in state lives in the team's shared store (where store consistency matters). */
function storeHoldsSessions(kind: string, approach: Approach, a: Answers): boolean {
  if (kind === "third-party" || kind === "service") return false;
  const role = roleOf(a);
  if (role === "proxy" || role === "platform" || role === "token-issuer") return false;
  return approach === "server-session" || approach === "gateway-token";
}
