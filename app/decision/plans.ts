// The plan per client kind (SPEC decision model, principle 1): for each answered client, how it holds and sends
// its credential, how long that lives and how it is revoked. One client kind never dictates another's
// mechanism: a browser always ends up with an HttpOnly cookie, a native app with a bearer token in the OS
// keystore, partners with OAuth access tokens. Pure: words in both languages, chosen from the answers.
import {
  SAME_SITE,
  SESSION_ID_ENTROPY,
  absoluteTimeout,
  appRefreshLimit,
  idleTimeout,
  internalTokenLifetime,
  signedTokenLifetime,
} from "./baseline";
import type { AddOn, Approach } from "./outcomes";
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
}

const L = (en: string, ja: string): Localized => ({ en, ja });

function storeName(a: Answers): Localized {
  return a.deploy === "single"
    ? L("the server's own database or memory", "サーバー自身のデータベースまたはメモリ")
    : L("the shared store", "共有ストア");
}

const BASE_NEW_AT_SIGN_IN = L(
  "Issue a new session ID or token at every sign-in and privilege change; never keep one from before.",
  "ログインや権限の変更のたびに新しいセッションID またはトークンを発行し、以前のものを引き継ぎません。",
);
const IDLE = idleTimeout();
const ABSOLUTE = absoluteTimeout();
const BASE_TIMEOUTS = L(
  `Idle and absolute timeouts enforced on the server: idle ${IDLE.en}, absolute ${ABSOLUTE.en} (counted from sign-in, not from the last renewal).`,
  `アイドルタイムアウト（${IDLE.ja}）と絶対タイムアウト（${ABSOLUTE.ja}）をサーバー側で強制します（絶対タイムアウトは最後の更新からではなく、ログイン時刻から数えます）。`,
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
const BASE_KEYSTORE = L(
  "Keep the app's credential in the Keychain (iOS) or the Android Keystore, never in plain files or logs.",
  "アプリの認証情報は Keychain（iOS）または Android Keystore に保存し、平文のファイルやログには残しません。",
);

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
  return a.sso === "none"
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

/** The browser's plan (also an SPA's, through its backend-for-frontend). */
function browserPlan(approach: Approach, a: Answers): Omit<ClientPlan, "client" | "baseline"> {
  const store = storeName(a);
  switch (approach) {
    case "server-session":
      return {
        summary: join(
          L(
            `Session ID in an HttpOnly cookie; the session lives in ${store.en} and ends the moment it is deleted.`,
            `HttpOnly Cookie にセッションID を入れ、セッション本体は${store.ja}に置きます。削除した時点で終わります。`,
          ),
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
          `Idle timeout ${IDLE.en}, absolute timeout ${ABSOLUTE.en}.`,
          `アイドルタイムアウトは ${IDLE.ja}、絶対タイムアウトは ${ABSOLUTE.ja}。`,
        ),
        revocation: L(
          `Delete the session in ${store.en}: the next request is refused. A ban or password change deletes all of the user's sessions.`,
          `${store.ja}のセッションを削除すれば、次のリクエストから拒否されます。利用停止やパスワード変更では、そのユーザーのセッションをすべて削除します。`,
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
          `Valid for ${logoutWindow(a).en}; renewed at your origin at most once per that window, and never past the absolute timeout (${ABSOLUTE.en}) counted from the sign-in time in the token.`,
          `有効期間は${logoutWindow(a).ja}。更新はその時間ごとに多くても 1 回オリジンで行い、トークン内のログイン時刻から数えた絶対タイムアウト（${ABSOLUTE.ja}）は超えません。`,
        ),
        revocation: L(
          "Raise the user's session version in the user database: the next renewal is refused, so the login ends within one lifetime. A token that merely slides forward without that check could never be revoked.",
          "ユーザーデータベースでユーザーのセッション世代番号を上げれば、次の更新が拒否され、ログインは有効期間 1 回分のうちに終わります。この確認なしに期限を延ばすだけのトークンは、決して失効させられません。",
        ),
      };
    case "gateway-token":
      return {
        summary: L(
          "Session ID in an HttpOnly cookie, looked up by the gateway, which hands each service a short-lived internal token; ends the moment the session is deleted.",
          "HttpOnly Cookie のセッションID をゲートウェイが参照し、各サービスには短命な内部トークンを渡します。セッションを削除した時点で終わります。",
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
          `Session: idle timeout ${IDLE.en}, absolute timeout ${ABSOLUTE.en}. Internal token: ${internalTokenLifetime().en}, never stored by services.`,
          `セッションはアイドルタイムアウト ${IDLE.ja}、絶対タイムアウト ${ABSOLUTE.ja}。内部トークンは ${internalTokenLifetime().ja}で、サービス側では保存しません。`,
        ),
        revocation: L(
          "Delete the session at the gateway: the next request is refused everywhere.",
          "ゲートウェイでセッションを削除すれば、次のリクエストからすべてのサービスで拒否されます。",
        ),
      };
    case "access-refresh":
      return {
        summary: L(
          "Only an HttpOnly cookie for your backend-for-frontend; the BFF keeps the access and refresh tokens on the server.",
          "ブラウザが持つのは BFF 用の HttpOnly Cookie だけ。アクセストークンとリフレッシュトークンは BFF がサーバー側で保持します。",
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
          a.logout === "immediate"
            ? L(
                `Opaque access tokens checked by introspection (RFC 7662); refresh token rotated, never past the session's absolute timeout (${ABSOLUTE.en}).`,
                `アクセストークンは不透明な形式にしてイントロスペクション（RFC 7662）で確認します。リフレッシュトークンはローテーションし、セッションの絶対タイムアウト（${ABSOLUTE.ja}）を超えて使いません。`,
              )
            : L(
                `Access token: ${accessLifetime(a).en}. Refresh token: rotated on use, never past the session's absolute timeout (${ABSOLUTE.en}); the BFF session ends with it.`,
                `アクセストークンは ${accessLifetime(a).ja}。リフレッシュトークンは使うたびにローテーションし、セッションの絶対タイムアウト（${ABSOLUTE.ja}）を超えて使いません。BFF のセッションもそれに合わせて終えます。`,
              ),
        revocation: L(
          "End the BFF session and revoke the refresh token (RFC 7009): the login ends within the access token's lifetime.",
          "BFF のセッションを終え、リフレッシュトークンを失効させます（RFC 7009）。ログインはアクセストークンの有効期間内に終わります。",
        ),
      };
  }
}

function nativePlan(approach: Approach, a: Answers): Omit<ClientPlan, "client" | "baseline"> {
  const store = storeName(a);
  const bearerOnly = L(
    "Sent only in the Authorization: Bearer header; the server accepts it only from that header (and the browser's session only from its cookie).",
    "Authorization: Bearer ヘッダーでのみ送ります。サーバーはこのヘッダーからのみ受け付けます（ブラウザのセッションは Cookie からのみ）。",
  );
  switch (approach) {
    case "server-session":
      return {
        summary: L(
          `An opaque token per device in the OS keystore, sent as a bearer token; the session lives in ${store.en} and ends the moment it is deleted.`,
          `端末ごとの不透明なトークンを OS のキーストアに保存し、ベアラートークンとして送ります。セッションは${store.ja}に置き、削除した時点で終わります。`,
        ),
        holds: L(
          "A random, opaque session token issued to this device (not a cookie), kept in the Keychain or Android Keystore.",
          "この端末に発行したランダムで不透明なセッショントークン（Cookie ではありません）。Keychain または Android Keystore に保存します。",
        ),
        sends: bearerOnly,
        lifetime: L(
          "Idle and absolute timeouts like any session (apps often use longer ones, with a fresh sign-in before sensitive actions).",
          "ほかのセッションと同じくアイドルタイムアウトと絶対タイムアウト（アプリでは長めにし、重要な操作の前に再ログインを求めることが多くあります）。",
        ),
        revocation: L(
          "Delete the device's session: the next request is refused. List devices so a user can end one.",
          "端末のセッションを削除すれば、次のリクエストから拒否されます。ユーザーが個別に終了できるよう端末の一覧を示します。",
        ),
      };
    case "stateless-token":
      return {
        summary: L(
          `A short-lived signed token in memory and a renewal token in the OS keystore; renewal re-checks the user, so a ban takes effect within ${logoutWindow(a).en}.`,
          `短命な署名付きトークンはメモリに、更新用トークンは OS のキーストアに置きます。更新時にユーザーを確認し直すので、利用停止は${logoutWindow(a).ja}以内に反映されます。`,
        ),
        holds: L(
          "A signed token with the user ID and session version (memory only) and a renewal token (Keychain or Android Keystore).",
          "ユーザー ID とセッション世代番号を入れた署名付きトークン（メモリのみ）と、更新用トークン（Keychain または Android Keystore）。",
        ),
        sends: bearerOnly,
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
          "An opaque token per device in the OS keystore, sent to the gateway as a bearer token and looked up there; ends the moment it is deleted.",
          "端末ごとの不透明なトークンを OS のキーストアに保存し、ベアラートークンとしてゲートウェイに送って参照させます。削除した時点で終わります。",
        ),
        holds: L(
          "A random, opaque token for this device, kept in the Keychain or Android Keystore.",
          "この端末用のランダムで不透明なトークン。Keychain または Android Keystore に保存します。",
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
          "Delete the device's session at the gateway: the next request is refused.",
          "ゲートウェイで端末のセッションを削除すれば、次のリクエストから拒否されます。",
        ),
      };
    case "access-refresh":
      return {
        summary: L(
          "Access token in memory, refresh token in the OS keystore, obtained through the system browser with PKCE.",
          "アクセストークンはメモリに、リフレッシュトークンは OS のキーストアに置き、システムブラウザと PKCE で取得します。",
        ),
        holds: L(
          "A short-lived access token (memory) and a refresh token (Keychain or Android Keystore).",
          "短命なアクセストークン（メモリ）とリフレッシュトークン（Keychain または Android Keystore）。",
        ),
        sends: L(
          "Authorization: Bearer header with the access token.",
          "アクセストークンを Authorization: Bearer ヘッダーで送ります。",
        ),
        lifetime: L(
          `Access token: ${accessLifetime(a).en}. Refresh token: rotated on use or sender-constrained to the device (DPoP, RFC 9449), with an absolute limit of ${appRefreshLimit().en} (RFC 9700).`,
          `アクセストークンは ${accessLifetime(a).ja}。リフレッシュトークンは使うたびにローテーションするか、端末への送信者制約（DPoP、RFC 9449）を付け、絶対的な上限は ${appRefreshLimit().ja}とします（RFC 9700）。`,
        ),
        revocation: L(
          "Revoke the refresh token (RFC 7009): the app's login ends within the access token's lifetime.",
          "リフレッシュトークンを失効させれば（RFC 7009）、アプリのログインはアクセストークンの有効期間内に終わります。",
        ),
      };
  }
}

function partnerPlan(a: Answers): Omit<ClientPlan, "client" | "baseline"> {
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

function usesJwt(client: Client, approach: Approach, a: Answers): boolean {
  if (client === "third-party") return a.logout !== "immediate";
  if (approach === "stateless-token" || approach === "gateway-token") return true;
  return approach === "access-refresh" && a.logout !== "immediate";
}

function usesCookie(client: Client): boolean {
  return client === "browser" || client === "spa";
}

function signInFor(client: Client, a: Answers, addOns: readonly AddOn[]): Localized | undefined {
  if (client === "native" && addOns.includes("pkce-native"))
    return a.sso === "none"
      ? L(
          "Through your authorization server in the system browser, with PKCE (RFC 8252); never an embedded web view.",
          "システムブラウザで認可サーバーを開き、PKCE を使います（RFC 8252）。埋め込み WebView は使いません。",
        )
      : L(
          "Through the identity provider in the system browser with PKCE, or the platform's own sign-in SDK; never an embedded web view. Your backend then issues the app its own token.",
          "システムブラウザで IDプロバイダーを開き PKCE を使うか、プラットフォーム公式のログイン SDK を使います。埋め込み WebView は使いません。その後、自社のバックエンドがアプリ専用のトークンを発行します。",
        );
  if (usesCookie(client) && addOns.includes("oidc"))
    return a.logout === "expiry"
      ? L(
          "Through your OpenID Connect provider (SAML 2.0 for enterprise identity providers that require it); each app then keeps its own session.",
          "OpenID Connect プロバイダー経由でログインします（企業の IDプロバイダーが求める場合は SAML 2.0）。その後は各アプリが自分のセッションを持ちます。",
        )
      : L(
          "Through your OpenID Connect provider (SAML 2.0 for enterprise identity providers that require it); each app keeps its own session, and back-channel logout ends them all within your logout window.",
          "OpenID Connect プロバイダー経由でログインします（企業の IDプロバイダーが求める場合は SAML 2.0）。各アプリは自分のセッションを持ち、バックチャネルログアウトでログアウトの許容時間内にすべて終わらせます。",
        );
  return undefined;
}

export function planFor(
  client: Client,
  approach: Approach,
  answers: Answers,
  addOns: readonly AddOn[],
): ClientPlan {
  let body: Omit<ClientPlan, "client" | "baseline">;
  if (client === "third-party") body = partnerPlan(answers);
  else if (client === "native") body = nativePlan(approach, answers);
  else body = browserPlan(approach, answers);
  if (client === "spa" && addOns.includes("bff")) {
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
  const signIn = client === "third-party" ? body.signIn : signInFor(client, answers, addOns);
  const timeouts =
    client === "native"
      ? BASE_TIMEOUTS_APP
      : client === "third-party"
        ? BASE_TIMEOUTS_PARTNER
        : BASE_TIMEOUTS;
  const baseline = [BASE_NEW_AT_SIGN_IN, timeouts];
  if (usesCookie(client)) baseline.push(BASE_COOKIE);
  if (client === "native") baseline.push(BASE_KEYSTORE);
  if (usesJwt(client, approach, answers)) baseline.push(BASE_JWT);
  return { client, ...body, ...(signIn && { signIn }), baseline };
}
