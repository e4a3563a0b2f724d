// The provider capability table: what each identity provider, auth platform and identity-aware proxy actually
// does, one row per `idp` value (SPEC "Ruleset 3", principles 9 and 10). Rules and plans read these facts to shape
// plan lines and conflicts; they never choose the approach (that follows the provider's role).
//
// Every cell is either a fact read in the provider's own documentation or SDK source on PROVIDER_FACTS_CHECKED,
// citing registry entries from sources.ts, or `unverified` with what a team should check instead. A cell never
// asserts what nobody here has read. Facts change: re-check the cells and move the date together.
import { valuesOf, type Localized, type ValueOf } from "./questions";
import type { SourceId } from "./sources";

/** The day every fact below was read in its sources (each provider source records the same `checked` day). */
export const PROVIDER_FACTS_CHECKED = "2026-12-02";

/** The `idp` answer values of ruleset 3, in SPEC order: the question list's own (questions.ts). */
export const IDP_VALUES = valuesOf("idp");
export type Idp = ValueOf<"idp">;

/**
 * The role decides the approach (principle 9), never the brand. An OpenID provider signs users in only
 * (`tokens=session`) or also issues the tokens our APIs accept (`tokens=provider`).
 */
export type ProviderRole = "own" | "openid-provider" | "platform" | "proxy";

export interface Fact<V> {
  status: "fact";
  value: V;
  /** What the page may say about it, in both languages. */
  note: Localized;
  sources: readonly [SourceId, ...SourceId[]];
}

export interface Unverified {
  status: "unverified";
  /** What the team should check instead, in both languages. */
  check: Localized;
  /** Pages that were read but did not settle the question (listed so nobody re-reads them expecting an answer). */
  read?: readonly SourceId[];
}

export type Cell<V> = Fact<V> | Unverified;

/** Where an SDK keeps the signed-in state by default. */
export type SessionHome = "encrypted-cookie" | "script-readable-cookie" | "script-readable-storage";

export interface SdkDefault {
  sdk: string;
  sessionIn: SessionHome;
}

export interface TokenLifetime {
  /** The default access-token (or ID-token) lifetime; null where the checked page gives no single value. */
  defaultSeconds: number | null;
  /** Whether the team can change it; null where the checked page does not say. */
  configurable: boolean | null;
}

export interface Revocation {
  /** The call that ends a user's or a session's access. */
  call: string;
  /** True where access tokens already issued stay valid to a JWT verifier until they expire. */
  issuedTokensStayValid: boolean;
}

export type SingleLogoutKind =
  | "back-channel"
  | "front-channel-only"
  | "app-initiated-only"
  | "none";

export interface SingleLogout {
  kind: SingleLogoutKind;
  /** The plan it needs, where the provider restricts it; null where no plan limit was found. */
  plan: string | null;
}

/** The capability cells shared by OpenID providers and auth platforms. */
export interface ProviderCells {
  sdk: Cell<readonly SdkDefault[]>;
  accessTokenLifetime: Cell<TokenLifetime>;
  /** The shortest lifetime the provider accepts, in seconds. */
  accessTokenMinimum: Cell<number>;
  revocation: Cell<Revocation>;
  /** RFC 7662 token introspection for the access tokens it issues. */
  introspection: Cell<boolean>;
  singleLogout: Cell<SingleLogout>;
  /** The events that send a logout to the apps (back-channel initiators), by the provider's own names. */
  logoutTriggers: Cell<readonly string[]>;
  scim: Cell<boolean>;
  /** RFC 8628 device authorization grant. */
  deviceGrant: Cell<boolean>;
  /** Ending one device's or one session's access without signing the user out everywhere. */
  perDeviceRevocation: Cell<boolean>;
  /** A feed of security events (account compromised, sessions revoked) the app can subscribe to. */
  securityEvents: Cell<boolean>;
}

export interface OwnRow {
  idp: "own";
  role: "own";
  name: Localized;
  /** The library's default when the team signs users in itself (social buttons included). */
  sdk: Cell<readonly SdkDefault[]>;
  /** Single logout from the social providers behind the sign-in buttons. */
  socialSingleLogout: Cell<SingleLogout>;
  socialSecurityEvents: Cell<boolean>;
}

export interface OpenIdProviderRow extends ProviderCells {
  idp: "auth0" | "okta" | "entra" | "cognito" | "keycloak" | "oidc-other";
  role: "openid-provider";
  name: Localized;
}

export interface PlatformRow extends ProviderCells {
  idp: "clerk" | "supabase" | "firebase" | "platform-other";
  role: "platform";
  name: Localized;
  /** The server-side call that sees a revocation before the short-lived token expires. */
  serverSideCheck: Cell<string>;
}

export interface ProxyAssertion {
  /** The request header the origin reads. */
  header: string;
  signed: boolean;
}

export type ProxyBinding = "aud" | "signer" | "none";

export interface ProxyProduct {
  name: string;
  assertion: Cell<ProxyAssertion>;
  /** What ties the assertion to this application (principle 9: the binding the proxy documents). */
  binding: Cell<ProxyBinding>;
  /** How an administrator ends a user's access at the proxy (revocation happens there, not in the app). */
  revocation: Cell<string>;
}

export interface ProxyRow {
  idp: "proxy";
  role: "proxy";
  name: Localized;
  products: readonly ProxyProduct[];
  /** Whether the proxy's credential rides on the browser's own requests (so CSRF protection still applies). */
  browserCookie: Cell<boolean>;
  /** How native apps, CLIs and partners get through the proxy (principle 9: a named mismatch otherwise). */
  programmaticAccess: Cell<string>;
}

export type ProviderRow = OwnRow | OpenIdProviderRow | PlatformRow | ProxyRow;

function fact<V>(
  value: V,
  sources: readonly [SourceId, ...SourceId[]],
  en: string,
  ja: string,
): Fact<V> {
  return { status: "fact", value, sources, note: { en, ja } };
}

function unverified(en: string, ja: string, read?: readonly SourceId[]): Unverified {
  return read
    ? { status: "unverified", check: { en, ja }, read }
    : { status: "unverified", check: { en, ja } };
}

// Auth.js applies to every OpenID provider a Next.js team signs in with, so its default is stated once.
const authjsDefault = fact<readonly SdkDefault[]>(
  [{ sdk: "Auth.js", sessionIn: "encrypted-cookie" }],
  ["authjs-init", "authjs-core"],
  'With Auth.js and no database adapter, the session strategy defaults to `jwt`: an encrypted token in a cookie, which the server cannot revoke. Configure an adapter and `session.strategy: "database"` for a session the app can delete. The provider\'s own SDKs are not checked here.',
  'Auth.js でデータベースアダプターを設定しない場合、セッション方式の既定は `jwt` で、暗号化したトークンを Cookie に入れます。サーバー側からは失効できません。アプリが削除できるセッションにするには、アダプターを設定して `session.strategy: "database"` を指定します。プロバイダー自身の SDK はここでは確認していません。',
);

const checkDiscovery = (what: Localized): Unverified =>
  unverified(
    `${what.en} Read \`backchannel_logout_supported\` and \`frontchannel_logout_supported\` in the provider's discovery document (/.well-known/openid-configuration) and its plan terms.`,
    `${what.ja}プロバイダーのディスカバリー文書（/.well-known/openid-configuration）の \`backchannel_logout_supported\` と \`frontchannel_logout_supported\`、および料金プランの条件を確認してください。`,
  );

const own: OwnRow = {
  idp: "own",
  role: "own",
  name: {
    en: "Our own sign-in (framework or library)",
    ja: "自社のログイン（フレームワークやライブラリ）",
  },
  sdk: authjsDefault,
  socialSingleLogout: unverified(
    "Whether Google or Apple send any logout to your app was not confirmed from their documentation. Do not promise single logout with social sign-in; check each provider's discovery document for `backchannel_logout_supported`.",
    "Google や Apple がアプリにログアウトを通知するかどうかは、各社の文書では確認できていません。ソーシャルログインでシングルログアウトを約束せず、各プロバイダーのディスカバリー文書の `backchannel_logout_supported` を確認してください。",
  ),
  socialSecurityEvents: fact(
    true,
    ["google-risc", "apple-server-notifications", "apple-enable-notifications"],
    "Google's Cross-Account Protection (based on the OpenID RISC standard) sends signed security event tokens about a user's Google Account, such as a hijacked account. Sign in with Apple sends signed server-to-server notifications when a user stops using their Apple Account with your app, deletes it, or changes email forwarding. Both go to an endpoint you register; your app decides what to revoke.",
    "Google のクロスアカウント保護（OpenID の RISC 標準に基づく）は、乗っ取りなどユーザーの Google アカウントに起きたことを署名付きのセキュリティイベントトークンで送ります。Sign in with Apple は、ユーザーがアプリでの Apple アカウントの利用をやめたとき、アカウントを削除したとき、メール転送を変えたときに、署名付きのサーバー間通知を送ります。どちらも登録したエンドポイントに届き、何を失効させるかはアプリが決めます。",
  ),
};

const auth0: OpenIdProviderRow = {
  idp: "auth0",
  role: "openid-provider",
  name: { en: "Auth0", ja: "Auth0" },
  sdk: fact(
    [
      { sdk: "@auth0/nextjs-auth0", sessionIn: "encrypted-cookie" },
      { sdk: "Auth.js", sessionIn: "encrypted-cookie" },
    ],
    ["nextjs-auth0-source", "authjs-init"],
    "@auth0/nextjs-auth0 keeps the session in an encrypted, HttpOnly `__session` cookie unless a `sessionStore` is configured (rolling: 1 day idle, 3 days absolute by default). Auth.js without an adapter does the same. Either way the app holds a stateless token: a ban must also end the sessions the app keeps.",
    "@auth0/nextjs-auth0 は `sessionStore` を設定しない限り、暗号化した HttpOnly の `__session` Cookie にセッションを入れます（既定では使うたびに延長され、アイドル 1 日・最長 3 日で切れます）。アダプターのない Auth.js も同じです。どちらもアプリが持つのはステートレスなトークンなので、アカウント停止ではアプリ側のセッションも終わらせる必要があります。",
  ),
  accessTokenLifetime: fact(
    { defaultSeconds: 86_400, configurable: true },
    ["auth0-access-token-lifetime"],
    "Access tokens for an API last 24 hours by default (86,400 s); the API's settings accept a shorter value, up to 30 days at most.",
    "API 向けアクセストークンの有効期間は既定で 24 時間（86,400 秒）です。API の設定で短くでき、最長は 30 日です。",
  ),
  accessTokenMinimum: unverified(
    "The checked page gives only the maximum. Check the shortest value the API's Token Expiration setting accepts before promising a logout window.",
    "確認したページには最長値しか書かれていません。ログアウトまでの時間を約束する前に、API の Token Expiration に設定できる最短値を確認してください。",
    ["auth0-access-token-lifetime"],
  ),
  revocation: fact(
    {
      call: "POST /oauth/revoke (refresh token); POST /api/v2/sessions/{id}/revoke",
      issuedTokensStayValid: true,
    },
    ["auth0-revoke-tokens", "auth0-revoke-refresh-tokens", "auth0-revoke-session"],
    "Refresh tokens are revoked at /oauth/revoke or through the Management API; revoking a session also revokes its refresh tokens. Access and ID tokens already issued cannot be revoked: they stay valid until they expire.",
    "リフレッシュトークンは /oauth/revoke か Management API で失効させます。セッションを失効させると、そのリフレッシュトークンも失効します。発行済みのアクセストークンと ID トークンは失効できず、期限まで有効です。",
  ),
  introspection: unverified(
    "No RFC 7662 introspection endpoint for Auth0 access tokens was found in the checked pages. Look for `introspection_endpoint` in your tenant's discovery document; without it, an immediate logout needs your own check.",
    "確認したページには、Auth0 のアクセストークン向けの RFC 7662 イントロスペクションは見当たりませんでした。テナントのディスカバリー文書に `introspection_endpoint` があるか確認してください。なければ、即時ログアウトには自前の確認が必要です。",
  ),
  singleLogout: fact(
    { kind: "back-channel", plan: "Enterprise" },
    ["auth0-backchannel-logout", "auth0-backchannel-configure"],
    "OpenID Connect back-channel logout is available on Enterprise plans only. The app must store the `sid` from the ID token and find its own session by it without cookies, so a stateless cookie session cannot receive it.",
    "OpenID Connect のバックチャネルログアウトはエンタープライズプランでのみ使えます。アプリは ID トークンの `sid` を保存し、Cookie を使わずにそれで自分のセッションを探せる必要があります。そのため、ステートレスな Cookie セッションでは受け取れません。",
  ),
  logoutTriggers: fact(
    [
      "rp-logout",
      "idp-logout",
      "password-changed",
      "session-expired",
      "session-revoked",
      "account-deleted",
      "email-identifier-changed",
      "mfa-phone-unenrolled",
      "account-deactivated",
    ],
    ["auth0-backchannel-initiators", "auth0-initiators-enum"],
    "Back-channel logout fires on the session events you select (the initiators). Blocking a user is not listed by that name: on a ban, also revoke the user's sessions so a session event is sent.",
    "バックチャネルログアウトは、選んだセッションイベント（イニシエーター）で送られます。ユーザーのブロックはその名前では一覧にありません。アカウント停止時はユーザーのセッションも失効させ、セッションイベントが送られるようにしてください。",
  ),
  scim: fact(
    true,
    ["auth0-inbound-scim"],
    "Inbound SCIM lets enterprise customers provision and deprovision users on SAML, OpenID Connect, Okta Workforce and Entra ID connections; the plan must include Enterprise Connections.",
    "インバウンド SCIM により、企業顧客は SAML・OpenID Connect・Okta Workforce・Entra ID の接続でユーザーを登録・削除できます。プランにエンタープライズ接続が含まれている必要があります。",
  ),
  deviceGrant: fact(
    true,
    ["auth0-device-flow"],
    "The device authorization flow (RFC 8628) is supported for native applications.",
    "デバイス認可フロー（RFC 8628）にネイティブアプリケーションとして対応しています。",
  ),
  perDeviceRevocation: fact(
    true,
    ["auth0-sessions-management-api", "auth0-revoke-session"],
    "The Management API lists a user's sessions with device details and deletes or revokes one session by ID; the session endpoints are on Enterprise plans.",
    "Management API でユーザーのセッションをデバイス情報付きで一覧し、ID を指定して 1 つだけ削除・失効できます。セッション用のエンドポイントはエンタープライズプランで使えます。",
  ),
  securityEvents: unverified(
    "No security-event feed for apps was checked. Ask Auth0 whether log streams or Actions can notify your app of a ban or a compromised account.",
    "アプリ向けのセキュリティイベント配信は確認していません。ログストリームや Actions でアカウント停止や侵害をアプリに通知できるか、Auth0 に確認してください。",
  ),
};

const okta: OpenIdProviderRow = {
  idp: "okta",
  role: "openid-provider",
  name: { en: "Okta", ja: "Okta" },
  sdk: authjsDefault,
  accessTokenLifetime: fact(
    { defaultSeconds: 3_600, configurable: true },
    ["okta-token-lifetimes"],
    "The org authorization server issues access and ID tokens for 60 minutes, fixed. A custom authorization server lets access policies set 5 minutes to 24 hours.",
    "組織の認可サーバーはアクセストークンと ID トークンを 60 分で発行し、変更できません。カスタム認可サーバーではアクセスポリシーで 5 分から 24 時間に設定できます。",
  ),
  accessTokenMinimum: fact(
    300,
    ["okta-token-lifetimes"],
    "With a custom authorization server, access tokens can be as short as 5 minutes.",
    "カスタム認可サーバーでは、アクセストークンを最短 5 分にできます。",
  ),
  revocation: fact(
    {
      call: "POST /oauth2/{authorizationServerId}/v1/revoke (access or refresh token)",
      issuedTokensStayValid: true,
    },
    ["okta-revoke"],
    "The revoke endpoint takes an access or refresh token; a revoked token is reported inactive by the introspection endpoint. An API that only verifies the JWT locally does not see the revocation and accepts the token until it expires.",
    "失効エンドポイントはアクセストークンかリフレッシュトークンを受け取ります。失効したトークンはイントロスペクションのエンドポイントで無効と報告されます。JWT をローカルで検証するだけの API は失効を知らず、期限まで受け入れます。",
  ),
  introspection: fact(
    true,
    ["okta-revoke"],
    "Okta's authorization servers have an introspection endpoint that reports revoked tokens as inactive: an API that must honour an immediate logout asks it.",
    "Okta の認可サーバーにはイントロスペクションのエンドポイントがあり、失効したトークンを無効と報告します。即時ログアウトを守る必要がある API はここに問い合わせます。",
  ),
  singleLogout: fact(
    { kind: "app-initiated-only", plan: null },
    ["okta-single-logout"],
    "Okta's documented Single Logout starts at the app (the service provider) and ends the Okta session; Okta does not document sending logouts to the other apps. Do not promise that a logout elsewhere reaches your app.",
    "Okta が文書化しているシングルログアウトは、アプリ（サービスプロバイダー）から始めて Okta のセッションを終えるものです。他のアプリへログアウトを送ることは文書化されていません。他所でのログアウトがアプリに届くとは約束しないでください。",
  ),
  logoutTriggers: checkDiscovery({
    en: "The checked page documents no logout sent from Okta to apps, so no triggering events are known.",
    ja: "確認したページには Okta からアプリへ送るログアウトが書かれていないため、きっかけとなるイベントもわかっていません。",
  }),
  scim: unverified(
    "Not checked here. Ask whether your customers provision users into your app with SCIM through their Okta org.",
    "ここでは未確認です。顧客が自社の Okta 組織から SCIM でアプリにユーザーを登録するか確認してください。",
  ),
  deviceGrant: fact(
    true,
    ["okta-device-authorization"],
    "A native OpenID Connect app integration can enable the Device Authorization grant, enabled again at the access-policy rule level.",
    "ネイティブの OpenID Connect アプリ連携でデバイス認可グラントを有効にでき、アクセスポリシーのルールでも有効にします。",
  ),
  perDeviceRevocation: unverified(
    "Not checked. Check whether revoking one refresh token leaves the user's other devices signed in.",
    "未確認です。リフレッシュトークンを 1 つ失効させたとき、ユーザーの他のデバイスがログインしたままか確認してください。",
  ),
  securityEvents: unverified(
    "Not checked. Ask whether Okta event hooks can notify your app of a deactivated or compromised user.",
    "未確認です。Okta のイベントフックで、無効化や侵害されたユーザーをアプリに通知できるか確認してください。",
  ),
};

const entra: OpenIdProviderRow = {
  idp: "entra",
  role: "openid-provider",
  name: {
    en: "Microsoft Entra ID (incl. External ID / Azure AD B2C)",
    ja: "Microsoft Entra ID（External ID / Azure AD B2C を含む）",
  },
  sdk: authjsDefault,
  accessTokenLifetime: fact(
    { defaultSeconds: null, configurable: true },
    ["entra-token-lifetimes"],
    "The default access-token lifetime varies: a random value between 60 and 90 minutes (75 on average). A token lifetime policy can change it and needs a Microsoft Entra ID P1 licence.",
    "アクセストークンの既定の有効期間は一定ではなく、60〜90 分（平均 75 分）のランダムな値です。トークン有効期間ポリシーで変更でき、Microsoft Entra ID P1 ライセンスが必要です。",
  ),
  accessTokenMinimum: unverified(
    "The shortest lifetime a policy accepts was not in the checked page. Check the limits table of 'Configurable token lifetimes' before promising a logout window.",
    "ポリシーで設定できる最短の有効期間は、確認したページにはありませんでした。ログアウトまでの時間を約束する前に「構成可能なトークンの有効期間」の制限値の表を確認してください。",
    ["entra-token-lifetimes"],
  ),
  revocation: fact(
    {
      call: "POST /users/{id}/revokeSignInSessions (Microsoft Graph)",
      issuedTokensStayValid: true,
    },
    ["entra-revoke-sign-in-sessions", "entra-token-lifetimes"],
    "revokeSignInSessions invalidates all of a user's refresh tokens and browser session cookies, possibly after a few minutes. Access tokens cannot be revoked and stay valid until they expire.",
    "revokeSignInSessions はユーザーのすべてのリフレッシュトークンとブラウザのセッション Cookie を無効にします（数分遅れることがあります）。アクセストークンは失効できず、期限まで有効です。",
  ),
  introspection: unverified(
    "No RFC 7662 introspection for Entra access tokens was found in the checked pages. Look for `introspection_endpoint` in the tenant's discovery document.",
    "確認したページには、Entra のアクセストークン向けの RFC 7662 イントロスペクションは見当たりませんでした。テナントのディスカバリー文書に `introspection_endpoint` があるか確認してください。",
  ),
  singleLogout: fact(
    { kind: "front-channel-only", plan: null },
    ["entra-front-channel-logout"],
    "Entra ID calls an app's registered front-channel logout URL through the browser when the user signs out through another app; it is not a server-to-server notice. The checked sources document no OpenID back-channel logout: confirm that `backchannel_logout_supported` is absent from your tenant's discovery document before planning on it.",
    "ユーザーが別のアプリからログアウトすると、Entra ID は登録されたフロントチャネルのログアウト URL をブラウザ経由で呼びます。サーバー間の通知ではありません。確認した資料には OpenID のバックチャネルログアウトの記載がありません。前提にする前に、テナントのディスカバリー文書に `backchannel_logout_supported` がないことを確認してください。",
  ),
  logoutTriggers: fact(
    ["user sign-out through another app"],
    ["entra-front-channel-logout"],
    "Front-channel logout follows a user's own sign-out. In the checked report, revoking sessions and disabling the user did not call the logout URL: a ban must also end your app's sessions.",
    "フロントチャネルログアウトはユーザー自身のログアウトに続いて行われます。確認した報告では、セッションの失効やユーザーの無効化ではログアウト URL は呼ばれませんでした。アカウント停止時はアプリのセッションも終わらせる必要があります。",
  ),
  scim: unverified(
    "Not checked here. Ask whether your customers provision users into your app from their Entra tenant with SCIM.",
    "ここでは未確認です。顧客が自社の Entra テナントから SCIM でアプリにユーザーを登録するか確認してください。",
  ),
  deviceGrant: fact(
    true,
    ["entra-device-code"],
    "The Microsoft identity platform supports the device authorization grant (the /devicecode endpoint); the user has 15 minutes to sign in on another device. Check that your tenant type (workforce or External ID) allows it.",
    "Microsoft ID プラットフォームはデバイス認可グラント（/devicecode エンドポイント）に対応しています。ユーザーは 15 分以内に別のデバイスでログインします。テナントの種類（従業員向けか External ID か）で使えるかは確認してください。",
  ),
  perDeviceRevocation: fact(
    false,
    ["entra-revoke-sign-in-sessions"],
    "The Graph call revokes every refresh token of the user, on every device; the checked reference offers no call for a single device.",
    "この Graph の呼び出しは、すべてのデバイスでユーザーのリフレッシュトークンをまとめて失効させます。確認したリファレンスには、1 台だけを対象にする呼び出しはありません。",
  ),
  securityEvents: unverified(
    "Not checked. Ask whether Continuous Access Evaluation or change notifications can tell your app about a disabled user.",
    "未確認です。継続的アクセス評価や変更通知で、無効化されたユーザーをアプリに知らせられるか確認してください。",
  ),
};

const cognito: OpenIdProviderRow = {
  idp: "cognito",
  role: "openid-provider",
  name: { en: "Amazon Cognito", ja: "Amazon Cognito" },
  sdk: authjsDefault,
  accessTokenLifetime: fact(
    { defaultSeconds: null, configurable: true },
    ["cognito-token-validity"],
    "Each app client sets its access- and ID-token validity between 5 minutes and 1 day.",
    "アクセストークンと ID トークンの有効期間は、アプリクライアントごとに 5 分から 1 日の間で設定します。",
  ),
  accessTokenMinimum: fact(
    300,
    ["cognito-token-validity"],
    "Access and ID tokens can be as short as 5 minutes.",
    "アクセストークンと ID トークンは最短 5 分にできます。",
  ),
  revocation: fact(
    { call: "RevokeToken (refresh token)", issuedTokensStayValid: true },
    ["cognito-token-revocation"],
    "Revoking a refresh token invalidates the access tokens it issued for Cognito's own APIs, but any JWT library that checks only signature and expiry (for example an API Gateway JWT authorizer) still accepts them until they expire.",
    "リフレッシュトークンを失効させると、それで発行したアクセストークンは Cognito 自身の API では使えなくなります。しかし署名と期限だけを確認する JWT ライブラリ（API Gateway の JWT オーソライザーなど）は、期限まで受け入れます。",
  ),
  introspection: unverified(
    "No RFC 7662 introspection was found in the checked pages. Check whether your authorizers can ask Cognito about revocation, or keep access tokens at the 5-minute minimum.",
    "確認したページには RFC 7662 のイントロスペクションは見当たりませんでした。オーソライザーが Cognito に失効を問い合わせられるか確認するか、アクセストークンを最短の 5 分にしてください。",
  ),
  singleLogout: checkDiscovery({
    en: "Not checked.",
    ja: "未確認です。",
  }),
  logoutTriggers: checkDiscovery({
    en: "Not checked.",
    ja: "未確認です。",
  }),
  scim: unverified(
    "Not checked. Ask how enterprise customers deprovision users in your user pool.",
    "未確認です。企業顧客がユーザープールのユーザーをどう削除するか確認してください。",
  ),
  deviceGrant: unverified(
    "Not checked in Cognito's own documentation. Check whether the user pool supports the device authorization grant before planning a CLI or TV sign-in on it.",
    "Cognito 自身の文書では未確認です。CLI やテレビのログインを計画する前に、ユーザープールがデバイス認可グラントに対応しているか確認してください。",
  ),
  perDeviceRevocation: fact(
    true,
    ["cognito-token-revocation"],
    "Revoking one refresh token leaves the user's other refresh tokens, on other devices, untouched.",
    "リフレッシュトークンを 1 つ失効させても、他のデバイスにあるユーザーの他のリフレッシュトークンには影響しません。",
  ),
  securityEvents: unverified(
    "Not checked. Ask whether Cognito can notify your app of a disabled or compromised user.",
    "未確認です。無効化や侵害されたユーザーを Cognito がアプリに通知できるか確認してください。",
  ),
};

const keycloak: OpenIdProviderRow = {
  idp: "keycloak",
  role: "openid-provider",
  name: { en: "Keycloak", ja: "Keycloak" },
  sdk: authjsDefault,
  accessTokenLifetime: unverified(
    "Not checked. Read the realm's Access Token Lifespan (Realm settings → Tokens) and the client's override.",
    "未確認です。レルムの Access Token Lifespan（レルム設定 → トークン）と、クライアントごとの上書き設定を確認してください。",
  ),
  accessTokenMinimum: unverified(
    "Not checked. Check the shortest Access Token Lifespan your realm accepts.",
    "未確認です。レルムで設定できる Access Token Lifespan の最短値を確認してください。",
  ),
  revocation: fact(
    {
      call: "/realms/{realm}/protocol/openid-connect/revoke (RFC 7009)",
      issuedTokensStayValid: true,
    },
    ["keycloak-oidc-endpoints", "rfc7009"],
    "Keycloak publishes an RFC 7009 revocation endpoint. A verifier that checks only an access token's signature and expiry cannot see the revocation; an API that must see it asks the introspection endpoint.",
    "Keycloak は RFC 7009 の失効エンドポイントを公開しています。アクセストークンの署名と期限だけを確認する検証側は失効を知ることができません。失効を知る必要がある API はイントロスペクションのエンドポイントに問い合わせます。",
  ),
  introspection: fact(
    true,
    ["keycloak-introspection-endpoint", "rfc7662"],
    "Keycloak has a token introspection endpoint based on RFC 7662, so an API can ask whether an access token is still active.",
    "Keycloak には RFC 7662 に基づくトークンイントロスペクションのエンドポイントがあり、API はアクセストークンがまだ有効かを問い合わせられます。",
  ),
  singleLogout: fact(
    { kind: "back-channel", plan: null },
    ["keycloak-client-settings", "oidc-backchannel"],
    "Each client can register a Backchannel logout URL and receive OpenID Connect logout tokens (optionally with `sid`). It applies only while Front channel logout is switched off for that client.",
    "クライアントごとに Backchannel logout URL を登録し、OpenID Connect のログアウトトークン（`sid` 付きも可）を受け取れます。そのクライアントで Front channel logout をオフにしている場合にだけ使われます。",
  ),
  logoutTriggers: fact(
    ["logout at the realm's end_session_endpoint"],
    ["keycloak-client-settings"],
    "The documented trigger is a logout request to the realm. Check in a test realm whether disabling a user or an admin ending sessions also sends logout tokens.",
    "文書にあるきっかけは、レルムへのログアウト要求です。ユーザーの無効化や管理者によるセッション終了でもログアウトトークンが送られるか、テスト用レルムで確認してください。",
  ),
  scim: unverified(
    "Not checked. Check whether your Keycloak version (or an extension you run) accepts SCIM provisioning from your customers.",
    "未確認です。使っている Keycloak のバージョン（または導入している拡張機能）が、顧客からの SCIM によるユーザー登録を受け付けるか確認してください。",
  ),
  deviceGrant: fact(
    true,
    ["keycloak-client-settings", "keycloak-oidc-endpoints"],
    "Each client can enable the OAuth 2.0 Device Authorization Grant; the realm publishes a device endpoint.",
    "クライアントごとに OAuth 2.0 デバイス認可グラントを有効にでき、レルムはデバイス用のエンドポイントを公開します。",
  ),
  perDeviceRevocation: unverified(
    "Not checked. Check that revoking one refresh token or ending one user session leaves the user's other devices signed in.",
    "未確認です。リフレッシュトークンを 1 つ失効させるか 1 つのセッションを終えたとき、ユーザーの他のデバイスがログインしたままか確認してください。",
  ),
  securityEvents: unverified(
    "Not checked. Ask whether Keycloak's event listeners can notify your app of a disabled user.",
    "未確認です。Keycloak のイベントリスナーで、無効化されたユーザーをアプリに通知できるか確認してください。",
  ),
};

/** For the providers the table does not name: every cell is the question to ask. */
function questionsOnlyCells(providerEn: string, providerJa: string): ProviderCells {
  const ask = (en: string, ja: string) =>
    unverified(`${providerEn}: ${en}`, `${providerJa}：${ja}`);
  return {
    sdk: ask(
      "does the SDK you use keep the session in an encrypted cookie (a stateless token) or in a store your app can delete from?",
      "使っている SDK は、セッションを暗号化した Cookie（ステートレスなトークン）に入れますか、それともアプリが削除できるストアに入れますか。",
    ),
    accessTokenLifetime: ask(
      "what is the default access-token lifetime, and can you change it?",
      "アクセストークンの既定の有効期間はどれだけで、変更できますか。",
    ),
    accessTokenMinimum: ask(
      "what is the shortest access-token lifetime it accepts?",
      "アクセストークンの有効期間は最短でどこまで短くできますか。",
    ),
    revocation: ask(
      "which call revokes a user's tokens, and do access tokens already issued stay valid until they expire?",
      "ユーザーのトークンを失効させる呼び出しはどれで、発行済みのアクセストークンは期限まで有効なままですか。",
    ),
    introspection: ask(
      "is there an RFC 7662 introspection endpoint (`introspection_endpoint` in the discovery document)?",
      "RFC 7662 のイントロスペクションのエンドポイント（ディスカバリー文書の `introspection_endpoint`）はありますか。",
    ),
    singleLogout: ask(
      "does the discovery document say `backchannel_logout_supported` or only `frontchannel_logout_supported`, and on which plan?",
      "ディスカバリー文書にあるのは `backchannel_logout_supported` ですか、それとも `frontchannel_logout_supported` だけですか。どのプランで使えますか。",
    ),
    logoutTriggers: ask(
      "which events send a logout to your app, and does banning a user send one?",
      "どのイベントでアプリにログアウトが送られますか。ユーザーのアカウント停止でも送られますか。",
    ),
    scim: ask(
      "can enterprise customers deprovision users with SCIM (RFC 7644)?",
      "企業顧客は SCIM（RFC 7644）でユーザーを削除できますか。",
    ),
    deviceGrant: ask(
      "does it support the device authorization grant (RFC 8628) for CLIs and TVs?",
      "CLI やテレビ向けのデバイス認可グラント（RFC 8628）に対応していますか。",
    ),
    perDeviceRevocation: ask(
      "can you end one device's session without signing the user out everywhere?",
      "ユーザーを全デバイスでログアウトさせずに、1 台のデバイスのセッションだけを終えられますか。",
    ),
    securityEvents: ask(
      "does it send security events (account disabled, credentials compromised) your app can act on?",
      "アプリが対応できるセキュリティイベント（アカウント無効化、認証情報の漏えいなど）を送りますか。",
    ),
  };
}

const oidcOther: OpenIdProviderRow = {
  idp: "oidc-other",
  role: "openid-provider",
  name: { en: "Another OpenID Connect provider", ja: "その他の OpenID Connect プロバイダー" },
  ...questionsOnlyCells("Check with your provider", "プロバイダーに確認してください"),
};

const clerk: PlatformRow = {
  idp: "clerk",
  role: "platform",
  name: { en: "Clerk", ja: "Clerk" },
  sdk: unverified(
    "Clerk uses HttpOnly cookies for its Frontend API. Whether the session cookie it sets on your own domain can be read by page scripts was not confirmed: inspect the `__session` cookie's flags in your deployment.",
    "Clerk は自社の Frontend API に HttpOnly の Cookie を使っています。アプリのドメインに置くセッション Cookie をページのスクリプトが読めるかは確認できていません。実際の環境で `__session` Cookie の属性を確認してください。",
    ["clerk-xss-leak-protection"],
  ),
  accessTokenLifetime: fact(
    { defaultSeconds: 60, configurable: null },
    ["clerk-get-token"],
    "The session token your backend receives lives one minute; the SDK caches it and fetches a new one when it expires.",
    "バックエンドが受け取るセッショントークンの有効期間は 1 分です。SDK はこれをキャッシュし、期限が来ると新しいものを取得します。",
  ),
  accessTokenMinimum: unverified(
    "The documented session token already lasts one minute; check whether your instance changed its lifetime before counting on that.",
    "文書上のセッショントークンはもともと 1 分です。それを前提にする前に、インスタンスで有効期間を変えていないか確認してください。",
  ),
  revocation: fact(
    {
      call: "revokeSession(sessionId) (Backend API POST /sessions/{id}/revoke)",
      issuedTokensStayValid: true,
    },
    ["clerk-revoke-session", "clerk-custom-session-limits"],
    "Revoking a session signs the user out on that client and stops it getting new tokens; the token it already has stays valid until it expires, so reject that session's requests meanwhile.",
    "セッションを失効させると、そのクライアントでログアウトし、新しいトークンを受け取れなくなります。手元のトークンは期限まで有効なので、その間はそのセッションのリクエストを拒否してください。",
  ),
  introspection: unverified(
    "Not checked. Ask Clerk whether the Backend API can confirm a session is still active on a sensitive request.",
    "未確認です。重要な操作のときに、セッションがまだ有効かを Backend API で確認できるか Clerk に確認してください。",
  ),
  singleLogout: unverified(
    "Not checked. Clerk keeps the session itself; ask whether it can notify your servers when a session ends.",
    "未確認です。Clerk はセッションを自分で保持しています。セッション終了時にサーバーへ通知できるか確認してください。",
  ),
  logoutTriggers: unverified(
    "Not checked. Ask which session events Clerk can deliver to your backend (for example by webhook).",
    "未確認です。Clerk がどのセッションイベントをバックエンドに届けられるか（Webhook など）確認してください。",
  ),
  scim: unverified(
    "Not checked. Ask Clerk whether your enterprise customers can provision and deprovision users with SCIM (RFC 7644), and on which plan.",
    "未確認です。企業顧客が SCIM（RFC 7644）でユーザーを登録・削除できるか、どのプランで使えるかを Clerk に確認してください。",
  ),
  deviceGrant: unverified(
    "Not checked. Check how a CLI or TV signs in with Clerk before planning one.",
    "未確認です。CLI やテレビのログインを計画する前に、Clerk でどうログインするか確認してください。",
  ),
  perDeviceRevocation: fact(
    true,
    ["clerk-revoke-session"],
    "Sessions are revoked one at a time: revoking one signs the user out on that client only.",
    "セッションは 1 つずつ失効でき、失効させたクライアントだけがログアウトします。",
  ),
  securityEvents: unverified(
    "Not checked. Ask Clerk whether it can notify your backend (for example by webhook) when a user is disabled, deleted or signed out everywhere.",
    "未確認です。ユーザーの無効化・削除・全デバイスからのログアウトを Clerk がバックエンドに通知できるか（Webhook など）確認してください。",
  ),
  serverSideCheck: unverified(
    "Not checked. With a one-minute token the exposure after revocation is short; for an immediate logout, ask Clerk which Backend API call confirms the session on each sensitive action.",
    "未確認です。トークンが 1 分なので失効後の猶予は短いですが、即時ログアウトが必要なら、重要な操作ごとにセッションを確認できる Backend API の呼び出しを Clerk に確認してください。",
  ),
};

const supabase: PlatformRow = {
  idp: "supabase",
  role: "platform",
  name: { en: "Supabase", ja: "Supabase" },
  sdk: fact(
    [{ sdk: "@supabase/ssr", sessionIn: "script-readable-cookie" }],
    ["supabase-ssr-source", "supabase-ssr-client"],
    "@supabase/ssr keeps the session (access and refresh tokens) in cookies that are not HttpOnly by default, because the browser client reads them; page scripts can read these tokens.",
    "@supabase/ssr は既定で、セッション（アクセストークンとリフレッシュトークン）を HttpOnly でない Cookie に入れます。ブラウザのクライアントが読むためで、ページのスクリプトからもこれらのトークンを読めます。",
  ),
  accessTokenLifetime: fact(
    { defaultSeconds: null, configurable: true },
    ["supabase-sessions"],
    "Access tokens are JWTs, usually set between 5 minutes and 1 hour in the project's JWT expiry setting; refresh tokens never expire but work only once.",
    "アクセストークンは JWT で、プロジェクトの JWT 有効期限の設定で通常 5 分から 1 時間にします。リフレッシュトークンは期限がなく、1 回だけ使えます。",
  ),
  accessTokenMinimum: unverified(
    "The guide gives a usual range, not a minimum. Check the shortest JWT expiry your project accepts and how often clients then refresh.",
    "ガイドにあるのは一般的な範囲で、最短値ではありません。プロジェクトで設定できる最短の JWT 有効期限と、そのときクライアントが更新する頻度を確認してください。",
  ),
  revocation: fact(
    { call: "signOut({ scope: 'global' | 'local' | 'others' })", issuedTokensStayValid: true },
    ["supabase-signout"],
    "Signing out destroys the refresh tokens of the affected sessions; access tokens already issued stay valid until they expire, so keep their lifetime short.",
    "ログアウトすると、対象のセッションのリフレッシュトークンは破棄されます。発行済みのアクセストークンは期限まで有効なので、有効期間を短くしてください。",
  ),
  introspection: unverified(
    "Supabase offers no RFC 7662 endpoint in the checked pages; its server-side check is getUser() (below).",
    "確認したページには RFC 7662 のエンドポイントはありません。サーバー側の確認には getUser()（下記）を使います。",
  ),
  singleLogout: unverified(
    "Not checked. Supabase keeps the sessions itself; with several apps on one project, check what ending a session does to the others.",
    "未確認です。Supabase はセッションを自分で保持しています。1 つのプロジェクトに複数のアプリがある場合、セッション終了が他にどう影響するか確認してください。",
  ),
  logoutTriggers: fact(
    [
      "sign out",
      "password change or security-sensitive action",
      "inactivity timeout",
      "maximum lifetime",
      "sign-in on another device (if single-session)",
    ],
    ["supabase-sessions"],
    "A session ends on sign-out, a password change or other security-sensitive action, an inactivity timeout, its maximum lifetime, or a sign-in elsewhere, depending on configuration.",
    "セッションは設定に応じて、ログアウト、パスワード変更などセキュリティ上重要な操作、アイドルタイムアウト、最長期間、別の場所でのログインで終わります。",
  ),
  scim: unverified(
    "Not checked. Ask Supabase whether your enterprise customers can provision and deprovision users with SCIM (RFC 7644), and on which plan.",
    "未確認です。企業顧客が SCIM（RFC 7644）でユーザーを登録・削除できるか、どのプランで使えるかを Supabase に確認してください。",
  ),
  deviceGrant: unverified(
    "Not checked. Check how a CLI or TV signs in with Supabase Auth before planning one.",
    "未確認です。CLI やテレビのログインを計画する前に、Supabase Auth でどうログインするか確認してください。",
  ),
  perDeviceRevocation: fact(
    true,
    ["supabase-signout", "supabase-sessions"],
    "Each device gets its own session (a `session_id` claim); signOut with scope `local` ends only the current one and `others` ends the rest.",
    "デバイスごとに別のセッション（`session_id` クレーム）があります。signOut のスコープ `local` は現在のセッションだけを、`others` はそれ以外を終わらせます。",
  ),
  securityEvents: unverified(
    "Not checked. Ask Supabase whether it can notify your backend (for example by webhook) when a user is disabled, deleted or signed out everywhere.",
    "未確認です。ユーザーの無効化・削除・全デバイスからのログアウトを Supabase がバックエンドに通知できるか（Webhook など）確認してください。",
  ),
  serverSideCheck: fact(
    "supabase.auth.getUser()",
    ["supabase-get-user", "supabase-ssr-client", "supabase-signout"],
    "getUser() asks the Supabase Auth server, so it sees a revoked session; getClaims() verifies the JWT itself, and a revoked session's access token stays valid until it expires. Use getUser() on sensitive actions.",
    "getUser() は Supabase Auth サーバーに問い合わせるので、失効したセッションがわかります。getClaims() は JWT 自体を検証するだけで、失効したセッションのアクセストークンも期限までは有効です。重要な操作では getUser() を使ってください。",
  ),
};

const firebase: PlatformRow = {
  idp: "firebase",
  role: "platform",
  name: {
    en: "Firebase Authentication / Google Identity Platform",
    ja: "Firebase Authentication / Google Identity Platform",
  },
  sdk: fact(
    [{ sdk: "Firebase JS SDK", sessionIn: "script-readable-storage" }],
    ["firebase-auth-persistence", "firebase-auth-local-persistence"],
    "By default the web SDK keeps the signed-in user after the browser closes (LOCAL persistence, implemented on browser storage such as localStorage), where page scripts can read it; setPersistence can choose session or in-memory instead.",
    "Web SDK は既定で、ブラウザを閉じてもログイン中のユーザーを保持します（LOCAL の永続化で、localStorage などブラウザのストレージを使います）。ページのスクリプトからも読めます。setPersistence でセッション単位やメモリのみに変えられます。",
  ),
  accessTokenLifetime: fact(
    { defaultSeconds: 3_600, configurable: null },
    ["firebase-manage-sessions"],
    "Firebase ID tokens last one hour; the refresh token gets new ones.",
    "Firebase の ID トークンの有効期間は 1 時間で、リフレッシュトークンで新しいものを取得します。",
  ),
  accessTokenMinimum: unverified(
    "The checked page documents no shorter ID-token lifetime. Check the Firebase documentation for one; otherwise verify revocation on the server (below) instead of waiting for expiry.",
    "確認したページには、より短い ID トークンの有効期間は書かれていません。Firebase の文書で確認し、なければ期限を待たずにサーバー側で失効を確認してください（下記）。",
  ),
  revocation: fact(
    { call: "revokeRefreshTokens(uid) (Admin SDK)", issuedTokensStayValid: true },
    ["firebase-manage-sessions"],
    "Revoking a user's refresh tokens signs the user out everywhere; refresh tokens also end when the user is deleted, disabled or changes password or email. ID tokens already issued stay valid until they expire unless the server checks revocation.",
    "ユーザーのリフレッシュトークンを失効させると、すべての場所でログアウトします。リフレッシュトークンはユーザーの削除・無効化・パスワードやメールアドレスの変更でも終わります。発行済みの ID トークンは、サーバーが失効を確認しない限り期限まで有効です。",
  ),
  introspection: unverified(
    "No RFC 7662 endpoint in the checked pages; the server-side check is verifyIdToken with checkRevoked (below).",
    "確認したページには RFC 7662 のエンドポイントはありません。サーバー側の確認には checkRevoked を付けた verifyIdToken を使います（下記）。",
  ),
  singleLogout: unverified(
    "Not checked. Firebase keeps the sessions itself; ask whether it can notify your servers when a user is signed out.",
    "未確認です。Firebase はセッションを自分で保持しています。ユーザーがログアウトしたときにサーバーへ通知できるか確認してください。",
  ),
  logoutTriggers: fact(
    ["user deleted", "user disabled", "password or email changed", "revokeRefreshTokens(uid)"],
    ["firebase-manage-sessions"],
    "Refresh tokens end when the user is deleted or disabled, on a major account change such as a password or email update, or when the server revokes them.",
    "リフレッシュトークンは、ユーザーの削除や無効化、パスワードやメールアドレスの更新などアカウントの大きな変更、サーバーによる失効で終わります。",
  ),
  scim: unverified(
    "Not checked. Ask Firebase whether your enterprise customers can provision and deprovision users with SCIM (RFC 7644), and on which plan.",
    "未確認です。企業顧客が SCIM（RFC 7644）でユーザーを登録・削除できるか、どのプランで使えるかを Firebase に確認してください。",
  ),
  deviceGrant: unverified(
    "Not checked. Check how a CLI or TV signs in with Firebase before planning one.",
    "未確認です。CLI やテレビのログインを計画する前に、Firebase でどうログインするか確認してください。",
  ),
  perDeviceRevocation: fact(
    false,
    ["firebase-manage-sessions"],
    "The Admin SDK revokes by user (uid): every device is signed out at once. The checked page offers no call for a single device.",
    "Admin SDK の失効はユーザー（uid）単位で、すべてのデバイスが同時にログアウトします。確認したページには、1 台だけを対象にする呼び出しはありません。",
  ),
  securityEvents: unverified(
    "Not checked. Ask Firebase whether it can notify your backend (for example by webhook) when a user is disabled, deleted or signed out everywhere.",
    "未確認です。ユーザーの無効化・削除・全デバイスからのログアウトを Firebase がバックエンドに通知できるか（Webhook など）確認してください。",
  ),
  serverSideCheck: fact(
    "verifyIdToken(idToken, checkRevoked = true)",
    ["firebase-manage-sessions"],
    "Server code passes checkRevoked to verifyIdToken so a user whose tokens were revoked is refused before the ID token expires.",
    "サーバーのコードで verifyIdToken に checkRevoked を渡すと、トークンを失効させたユーザーを ID トークンの期限前でも拒否できます。",
  ),
};

const platformOther: PlatformRow = {
  idp: "platform-other",
  role: "platform",
  name: { en: "Another auth platform", ja: "その他の認証プラットフォーム" },
  ...questionsOnlyCells("Check with your platform", "プラットフォームに確認してください"),
  serverSideCheck: unverified(
    "Check with your platform: which server-side call confirms a session is still active before its short-lived token expires?",
    "プラットフォームに確認してください：短命なトークンの期限前に、セッションがまだ有効かをサーバー側で確認する呼び出しはどれですか。",
  ),
};

const proxy: ProxyRow = {
  idp: "proxy",
  role: "proxy",
  name: { en: "Identity-aware proxy", ja: "ID 認識型プロキシ" },
  products: [
    {
      name: "Cloudflare Access",
      assertion: fact(
        { header: "Cf-Access-Jwt-Assertion", signed: true },
        ["cloudflare-access-jwt"],
        "Access adds a signed application token in the Cf-Access-Jwt-Assertion header; verify it on every request against the keys at https://<team>.cloudflareaccess.com/cdn-cgi/access/certs (rotated every 6 weeks), not the cookie, which may be missing.",
        "Access は署名付きのアプリケーショントークンを Cf-Access-Jwt-Assertion ヘッダーに付けます。Cookie ではなくこのヘッダーを、https://<team>.cloudflareaccess.com/cdn-cgi/access/certs の鍵（6 週間ごとに更新）で毎回検証してください。Cookie は付かないことがあります。",
      ),
      binding: unverified(
        "Validators bind the token to the application's Audience (AUD) tag, but that step was seen only in third-party libraries here. Check the AUD check in Cloudflare's own 'Validate JWTs' examples.",
        "検証ライブラリはトークンをアプリケーションの Audience（AUD）タグと照合しますが、ここではサードパーティのライブラリでしか確認できていません。Cloudflare 自身の「Validate JWTs」の例で AUD の照合を確認してください。",
        ["cloudflare-access-jwt"],
      ),
      revocation: fact(
        "POST /accounts/{account_id}/access/organizations/revoke_user",
        ["cloudflare-access-revoke-user"],
        "The Access API revokes all of a user's Access tokens, across every application, in one call (optionally their devices too).",
        "Access の API を 1 回呼ぶと、ユーザーの Access トークンをすべてのアプリケーションにわたって失効できます（デバイスも対象にできます）。",
      ),
    },
    {
      name: "Google Cloud IAP",
      assertion: fact(
        { header: "x-goog-iap-jwt-assertion", signed: true },
        ["google-iap-signed-headers"],
        "IAP signs an ES256 JWT in the x-goog-iap-jwt-assertion header; verify it on every request. The unsigned x-goog-authenticated-user-* headers can be forged if IAP is bypassed.",
        "IAP は ES256 で署名した JWT を x-goog-iap-jwt-assertion ヘッダーに付けます。毎回検証してください。署名のない x-goog-authenticated-user-* ヘッダーは、IAP を迂回されると偽造できます。",
      ),
      binding: fact(
        "aud",
        ["google-iap-validate-sample", "google-iap-signed-headers"],
        "Verification checks the token's `aud` against the expected audience of your backend or app.",
        "検証では、トークンの `aud` がバックエンドやアプリの想定する値と一致するかを確認します。",
      ),
      revocation: unverified(
        "Not checked. Check how an administrator ends a user's access through IAP at once (removing the IAM grant) and how long an issued assertion stays valid.",
        "未確認です。IAP でユーザーのアクセスをすぐに止める方法（IAM の権限の削除など）と、発行済みのアサーションがどれだけ有効なままかを確認してください。",
      ),
    },
    {
      name: "AWS Application Load Balancer",
      assertion: unverified(
        "Not confirmed here. Check the ALB guide 'Authenticate users using an Application Load Balancer': the header that carries the signed user claims (x-amzn-oidc-data), its algorithm, and the regional public-key endpoint.",
        "ここでは確認できていません。ALB のガイド「Application Load Balancer を使用してユーザーを認証する」で、署名付きのユーザー情報を運ぶヘッダー（x-amzn-oidc-data）、署名アルゴリズム、リージョンごとの公開鍵エンドポイントを確認してください。",
      ),
      binding: unverified(
        "Not confirmed here. Check in the same guide that the token's `signer` field must equal your load balancer's ARN; that, not `aud`, ties it to your application.",
        "ここでは確認できていません。同じガイドで、トークンの `signer` フィールドがロードバランサーの ARN と一致する必要があること（`aud` ではなくこれがアプリとの結びつきになること）を確認してください。",
      ),
      revocation: unverified(
        "Not checked. Check how long the load balancer's session cookie and the signed claims stay valid after the user is disabled at the identity provider.",
        "未確認です。IDプロバイダーでユーザーを無効にしたあと、ロードバランサーのセッション Cookie と署名付きのユーザー情報がどれだけ有効なままかを確認してください。",
      ),
    },
    {
      name: "oauth2-proxy",
      assertion: fact(
        {
          header: "X-Auth-Request-User / X-Auth-Request-Email (with --set-xauthrequest)",
          signed: false,
        },
        ["oauth2-proxy-integration"],
        "With --set-xauthrequest, oauth2-proxy returns the user and email as plain headers that the web server forwards (for example as X-User and X-Email); they carry no signature.",
        "--set-xauthrequest を指定すると、oauth2-proxy はユーザー名とメールアドレスを署名なしのヘッダーで返し、Web サーバーがそれを転送します（X-User や X-Email など）。",
      ),
      binding: fact(
        "none",
        ["oauth2-proxy-integration"],
        "Nothing in the headers proves they came from the proxy: the origin must be reachable only through it (network isolation is the binding).",
        "ヘッダーにはプロキシから来たことを示すものがありません。オリジンにはプロキシ経由でしか届かないようにする必要があります（ネットワークの分離が唯一の結びつきです）。",
      ),
      revocation: unverified(
        "Not checked. Check oauth2-proxy's cookie lifetime and refresh settings: they decide how long a disabled user keeps getting through.",
        "未確認です。oauth2-proxy の Cookie の有効期間と更新の設定を確認してください。無効にしたユーザーがどれだけ通り続けるかはこれで決まります。",
      ),
    },
  ],
  browserCookie: fact(
    true,
    ["cloudflare-access-jwt"],
    "Browser requests also carry the proxy's own cookie (CF_Authorization for Cloudflare Access), so a cross-site request arrives authenticated: state-changing requests still need CSRF protection.",
    "ブラウザからのリクエストにはプロキシ自身の Cookie（Cloudflare Access では CF_Authorization）も付くため、クロスサイトのリクエストも認証済みで届きます。状態を変えるリクエストには引き続き CSRF 対策が必要です。",
  ),
  programmaticAccess: unverified(
    "Not checked. Check how your proxy admits native apps, CLIs and partners' servers (service tokens, its own client tooling, or a separate API hostname) before putting them behind it.",
    "未確認です。ネイティブアプリ・CLI・取引先のサーバーをプロキシの背後に置く前に、それらをどう通すか（サービストークン、専用のクライアントツール、別の API ホスト名など）を確認してください。",
  ),
};

/** One row per `idp` value, in SPEC order. */
export const providerTable: Readonly<Record<Idp, ProviderRow>> = {
  own,
  auth0,
  okta,
  entra,
  cognito,
  keycloak,
  "oidc-other": oidcOther,
  clerk,
  supabase,
  firebase,
  "platform-other": platformOther,
  proxy,
};

/** The registry entries a cell rests on: a fact's sources, or the pages read for an unverified cell. */
export function cellSources(cell: Cell<unknown>): readonly SourceId[] {
  return cell.status === "fact" ? cell.sources : (cell.read ?? []);
}

/** Every cell of a row, with its path (e.g. `products.0.binding`), for checks and for rendering "what to check" lists. */
export function cellsOf(row: ProviderRow): { path: string; cell: Cell<unknown> }[] {
  const found: { path: string; cell: Cell<unknown> }[] = [];
  const walk = (value: unknown, path: string) => {
    if (isCell(value)) {
      found.push({ path, cell: value });
      return;
    }
    if (value && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key);
    }
  };
  walk(row, "");
  return found;
}

function isCell(value: unknown): value is Cell<unknown> {
  if (!value || typeof value !== "object" || !("status" in value)) return false;
  return value.status === "fact" || value.status === "unverified";
}
