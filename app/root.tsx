import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  useLocation,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { useContext, type ReactNode } from "react";
import { UNSAFE_DataRouterStateContext } from "react-router";
import { rootData, type Chrome } from "~/http/chrome.server";
import { withLang } from "~/decision/flow";
import type { Lang } from "~/i18n";
import { useNonce } from "~/http/nonce";
import styles from "~/styles/app.css";
import printStyles from "~/styles/print.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "stylesheet", href: printStyles, media: "print" },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = ({ error }) =>
  error ? [{ name: "robots", content: "noindex" }] : [];

export function loader({ request }: LoaderFunctionArgs) {
  return rootData(request);
}

/** Only if the root loader itself failed: a frame without words rather than a crash. */
const NO_CHROME = {
  siteName: "Do I need JWT?",
  nav: {},
  footer: {},
  serverError: { title: "Error", body: "" },
} as unknown as Chrome;

export function useChrome(): Chrome {
  return useRouteLoaderData<typeof loader>("root")?.chrome ?? NO_CHROME;
}

export interface RouteHandle {
  /** Routes that need React in the browser say so; the rest ship no framework JavaScript. */
  hydrate?: boolean;
  /** Document pages that want the tiny /enhance.js (copy link, print button). */
  enhance?: boolean;
  /** The document title. Titles are set here, not in meta, so that a failed form post can prefix "Error:". */
  title?: (args: { data: unknown; lang: Lang }) => string;
}

function hasErrors(data: unknown): boolean {
  return (
    typeof data === "object" &&
    data !== null &&
    "errors" in data &&
    Object.keys((data as { errors: object }).errors ?? {}).length > 0
  );
}

function useDocumentTitle(lang: Lang): string {
  const t = useChrome();
  const error = useRouteError();
  const matches = useMatches();
  const routerState = useContext(UNSAFE_DataRouterStateContext);
  if (error) return `${t.titlePrefix}${errorText(error, t).title} – ${t.siteName}`;
  const leaf = matches[matches.length - 1];
  const handle = leaf?.handle as RouteHandle | undefined;
  const base = handle?.title
    ? `${handle.title({ data: leaf?.data, lang })} – ${t.siteName}`
    : t.siteName;
  const failed =
    hasErrors(leaf?.data) || Object.values(routerState?.actionData ?? {}).some(hasErrors);
  return failed ? `${t.titlePrefix}${base}` : base;
}

export function useLang(): Lang {
  const data = useRouteLoaderData<typeof loader>("root");
  return data?.lang ?? "en";
}

/** The language the person chose in the URL, if any: internal links carry it on (see `withLang`). */
export function useChosenLang(): Lang | undefined {
  const data = useRouteLoaderData<typeof loader>("root");
  return data && "chosenLang" in data ? data.chosenLang : undefined;
}

function otherLangHref(pathname: string, search: string, lang: Lang): string {
  const params = new URLSearchParams(search);
  params.set("lang", lang);
  return `${pathname}?${params.toString()}`;
}

export function Layout({ children }: { children: ReactNode }) {
  const lang = useLang();
  const t = useChrome();
  const nonce = useNonce();
  const location = useLocation();
  const matches = useMatches();
  const hydrate = matches.some((m) => (m.handle as RouteHandle | undefined)?.hydrate === true);
  const enhance =
    !hydrate && matches.some((m) => (m.handle as RouteHandle | undefined)?.enhance === true);
  const other: Lang = lang === "ja" ? "en" : "ja";
  const title = useDocumentTitle(lang);
  // Keep an explicitly chosen language when moving around.
  const chosen = useChosenLang();
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        <header className="site-header">
          <div className="container site-header__inner">
            <Link to={withLang("/", chosen)} className="site-header__name">
              {t.siteName}
            </Link>
            <SiteNav t={t} chosen={chosen} pathname={location.pathname} />
            <a
              className="site-header__lang"
              href={otherLangHref(location.pathname, location.search, other)}
              hrefLang={other}
              lang={other}
              aria-label={t.languageSwitchLabel}
            >
              {t.languageSwitch}
            </a>
          </div>
        </header>
        <main id="main" className="container" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="container">
            <p>{t.footer.about}</p>
            <p>{t.footer.privacy}</p>
          </div>
        </footer>
        {hydrate ? (
          // No ScrollRestoration: every navigation is a full document load (forms post with reloadDocument).
          <Scripts nonce={nonce} />
        ) : null}
        {enhance ? <script src="/enhance.js" nonce={nonce} defer /> : null}
      </body>
    </html>
  );
}

const NAV_ITEMS = [
  ["/questionnaire", "questionnaire"],
  ["/arguments", "arguments"],
  ["/sources", "sources"],
] as const;

/**
 * The site's links. On a phone they fold behind a Menu button (a native disclosure: it opens without JavaScript,
 * by keyboard, and tells screen readers whether it is expanded); on a wider screen app.css shows them in a row
 * and hides the button.
 */
function SiteNav({ t, chosen, pathname }: { t: Chrome; chosen?: Lang; pathname: string }) {
  return (
    <nav aria-label={t.nav.label} className="site-header__nav">
      <details className="site-menu" data-testid="site-menu">
        <summary className="site-menu__button">{t.nav.menu}</summary>
        <ul>
          {NAV_ITEMS.map(([href, key]) => (
            <li key={href}>
              <a
                href={withLang(href, chosen)}
                aria-current={pathname.startsWith(href) ? "page" : undefined}
              >
                {t.nav[key]}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}

export default function App() {
  return <Outlet />;
}

/** Error responses carry their own title and message (errors.server.ts); anything else is a server error. */
function errorText(error: unknown, t: Chrome): { title: string; body: string } {
  const data = isRouteErrorResponse(error)
    ? (error.data as { title?: unknown; body?: unknown } | null)
    : null;
  return typeof data?.title === "string" && typeof data.body === "string"
    ? { title: data.title, body: data.body }
    : t.serverError;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const t = useChrome();
  const chosen = useChosenLang();
  const text = errorText(error, t);
  return (
    <>
      <h1>{text.title}</h1>
      <p>{text.body}</p>
      <p>
        <Link to={withLang("/", chosen)}>{t.home}</Link>
      </p>
    </>
  );
}
