// English UI text. ja.ts must have the same shape: the type system checks key parity.
import { diagrams } from "./en/diagrams";
import { recordDocument } from "./en/document";
import { forms } from "./en/forms";
import { locale } from "./en/locale";
import { punctuation } from "./en/punctuation";
import { result } from "./en/result";
import { rounds } from "./en/rounds";

export const en = {
  siteName: "Do I need JWT?",
  skipToContent: "Skip to main content",
  languageSwitch: "日本語",
  languageSwitchLabel: "このページを日本語で表示",
  nav: {
    label: "Site",
    questionnaire: "Questionnaire",
    arguments: "The article, checked",
    sources: "Sources",
    menu: "Menu",
  },
  descriptions: {
    question:
      "One question of the “Do I need JWT?” questionnaire: how your users should stay signed in.",
    arguments:
      "The arguments of the article on whether a web app needs JWTs, each checked against RFCs and OWASP guidance.",
    sources: "The RFCs, OWASP cheat sheets and framework documents behind every recommendation.",
    rules:
      "Every published version of the rules behind the recommendations, with what changed and why.",
  },
  footer: {
    about: "A decision aid for how users stay signed in. It recommends; your team decides.",
    privacy:
      "Answers live in the link and are stored only when you save them. To limit abuse, the network address of anyone who saves a record or tries a wrong edit link is kept for up to two days.",
  },
  home: {
    title: "Do I need JWT?",
    lead: "Server-side sessions, JWTs or a hybrid: answer a few questions about your system and get a recommendation you can defend in a design review.",
    question: "The question it answers",
    questionBody:
      "A Japanese article asks whether a web app without microservices gains anything from JWTs over a session ID kept in a session server. This tool turns that argument, and the standards behind it, into a decision for your own system.",
    youGet: "What you get",
    youGetItems: [
      "One recommended approach, with the add-ons it needs",
      "Because you said …: every reason tied to your answers, with its sources",
      "Why the other approaches lost, and which single answer would change the result",
      "A link to share, and a record to print or keep",
    ],
    start: "Start now",
    time: "Seven questions, about two minutes.",
    examples: "Or open an example",
    exampleNames: {
      G1: "One Next.js app, several instances, a session store",
      G2: "The same app with mobile apps",
      G3: "Microservices on one origin",
      G4: "Microservices, partners and federated sign-in",
      G5: "An edge app with no store",
    },
  },
  questionnaire: {
    title: "Questionnaire",
    intro:
      "Answer every question. Choose “I'm not sure” where it is offered and you do not know yet.",
    submit: "See the recommendation",
    optional: "(optional)",
    leftUnanswered: "Left unanswered, it is read as: {answer}.",
  },
  questionPage: {
    progress: "Question {n} of {m}",
    continue: "Continue",
    back: "Back",
    howToFindOut: "How to find out",
    checkTitle: "Check your answers before you see the recommendation",
    checkLead: "You can change any answer; you will come back here.",
    change: "Change",
    notProvided: "Not provided",
    seeResult: "See the recommendation",
    onePage: "Prefer one page? Answer all the questions at once.",
    notAnsweredReadAs: "Not answered, read as: {answer}",
  },
  errors: {
    summaryTitle: "There is a problem",
    titlePrefix: "Error: ",
    invalid: "{label}: choose one of the listed options",
    invalidLang: "Language: use ja or en",
    invalidV: "Ruleset version: use letters, digits, dots and hyphens only",
  },
  decision: {
    title: "Recommendation: {approach}",
    titleTentative: "Tentative recommendation: {approach}",
    titleConflicting: "Recommendation from conflicting answers: {approach}",
    addOns: "Add-ons",
    confidence: "Confidence",
    because: "Because you said",
    becauseItem: "{question}: {answer}",
    reasonsTitle: "Why",
    cites: "Rests on",
    findOut: "What to find out",
    findOutIntro:
      "You answered “I'm not sure” to a question that matters. Finding out may raise the confidence or change the result.",
    against: "What counts against it",
    resolution: "If it is “{answer}”: {approach}, confidence {confidence}%",
    whyNot: "Why not the others",
    ruledOutBy: "Ruled out: {rules}",
    score: "Score {score}",
    counterfactuals: "What would change the result",
    counterfactualsIntro: "Each of these single changes would lead to a different approach.",
    counterfactualsNone: "No single changed answer would change the approach.",
    counterfactualItem: "If {question} were “{answer}” → {approach}",
    yourAnswers: "Your answers",
    changeAnswers: "Change answers",
    conflictChange: "Change the answer to “{question}”",
    shareLink: "Link to this result",
    copyLink: "Copy link",
    copied: "Link copied",
    printHint: "To print this page as a decision record, use your browser's Print command.",
    printButton: "Print",
    shareHelp: "The link is the result: anyone who opens it sees this page in their language.",
    rulesetVersion: "Ruleset version",
    rule: "Rule",
    trace: "Rule trace",
    traceIntro:
      "Every rule, whether it fired, and each condition's actual answer against the expected value.",
    fired: "fired",
    notFired: "did not fire",
    expected: "expected",
    actual: "actual",
    allReasons: "All reasons, and what counts against it",
    argumentsTitle: "The article's arguments behind this result",
    argumentsIntro:
      "Each argument this result rests on, with what the sources say of it. Open one to read the claim, the author's answer and the standards.",
    change: "Change",
    actionsTitle: "Share and keep this result",
    chatSummary: "Summary for chat",
    copySummary: "Copy summary",
    copiedSummary: "Summary copied",
  },
  plan: {
    title: "How each client stays signed in",
    holds: "Holds",
    sends: "Sends",
    lifetime: "Lifetime",
    revocation: "Ending it",
    signIn: "Signing in",
    provider: "Your provider (facts checked {date})",
    baseline: "Always",
  },
  state: {
    confident: "Recommended",
    tentative: "Tentative: find out first",
    conflicting: "Your answers conflict",
    tentativeHelp:
      "This result rests on answers you are not sure of. Find out what is listed below before you build on it.",
    conflictingHelp:
      "Some of your answers cannot all hold. The result says how it reads them and what to change.",
  },
  versions: {
    title: "Ruleset versions",
    intro:
      "Every version of the rules this tool has published, newest first, with what changed. A result link remembers the version it was made with.",
    published: "Published {date}",
    current: "current",
    thenSaid: "When this link was made (ruleset {v}), the rules recommended: {outcome}.",
    nowSay: "Today's rules ({current}) recommend: {outcome}.",
    sameNow: "Today's rules ({current}) recommend the same.",
    changes: "What changed since then",
    unknown:
      "This link names ruleset {v}, which this tool does not know; it is shown as today's rules ({current}) decide.",
    allVersions: "All ruleset versions",
    /** After an approach's name in "the rules recommended: …". */
    withAddOns: " (+ {addOns})",
  },
  rationale: {
    article: "Article",
    articleSection: "section",
    claim: "The claim",
    authorsAnswer: "The author's answer",
    standards: "What the standards say",
    verdict: {
      article: {
        agree: "The sources support the author's answer",
        qualify: "The sources support the author's answer, with conditions",
        disagree: "The sources do not support the author's answer",
      },
      addition: {
        agree: "The sources support this point",
        qualify: "The sources support this point, with conditions",
        disagree: "The sources do not support this point",
      },
    },
    stance: {
      agree: "supports",
      qualify: "supports with conditions",
      disagree: "does not support",
    },
    articlePosition: "a heading in {position}",
    addition: "Not in the article",
    readMore: "Read the whole argument",
    checklist: "Implementation checklist",
    stackNotes: "Notes for {stack}",
    guide: "Guide to this approach",
    diagram: "Architecture",
    comparison: "The four approaches against your answers",
    comparisonIntro:
      "How each fired rule counted for (+) or against (−) each approach; ✕ rules it out.",
    total: "Total",
    ruledOut: "ruled out",
  },
  argumentsPage: {
    title: "The article, checked",
    lead: "Every argument of the article “{title}”, what its author answered, and what the standards say. Plus what the article leaves out.",
    fromArticle: "Arguments in the article",
    additions: "What the article leaves out",
    back: "All arguments",
  },
  sourcesPage: {
    title: "Sources",
    lead: "Every document the rules and pages cite, with where each one is cited.",
    citedBy: "Cited by",
    pages: "Pages",
    rules: "Rules",
    providers: "Provider capability table",
    checked: "checked",
  },
  approachPage: {
    sources: "Sources",
  },
  records: {
    saveTitle: "Save this decision as a record",
    saveLead:
      "A saved record keeps this decision as it is today, with your notes, deciders and status. You get a short public link (read-only) and a secret edit link.",
    saveLink: "Save as a decision record",
    markdown: "Download Markdown (MADR 4)",
    export: {
      more: "Markdown for another ADR tool",
      format: "Format",
      formats: {
        madr: "MADR 4: MADR templates, adr-log",
        log4brains: "log4brains",
        nygard: "adr-tools (Nygard's format), adr-log",
      },
      number: "Record number",
      numberHint:
        "Its number in your decision log, used in the file name (0001-…) and by adr-tools; log4brains names files by date",
      submit: "Download Markdown",
      printIntro: "Markdown for ADR tools:",
      errors: {
        format: "format: choose madr, log4brains or nygard",
        number: "number: enter a whole number from 1 to 9999",
      },
    },
    fields: {
      title: "Title",
      titleHint: "For example: How users stay signed in to the customer portal",
      context: "Context and notes (optional)",
      contextHint: "Anything the record should say beyond the answers; shown as plain text",
      deciders: "Decision makers (optional)",
      decidersHint: "Names, separated by commas",
      consulted: "Consulted (optional)",
      informed: "Informed (optional)",
      status: "Status",
    },
    status: {
      proposed: "Proposed",
      accepted: "Accepted",
      rejected: "Rejected",
      deprecated: "Deprecated",
      superseded: "Superseded",
    },
    errors: {
      required: "Enter {field}",
      "too-long": "{field} must be {max} characters or fewer",
      "name-too-long": "{field}: each name must be {max} characters or fewer",
      "too-many": "{field}: list at most {max} names",
      invalid: "{field}: check what you entered",
      "superseded-locked":
        "{field}: a newer record has replaced this one, so it stays “Superseded”",
      "superseded-needs-successor":
        "{field}: “Superseded” is set when a newer record replaces this one (Revisit this decision); choose another status",
    },
    save: "Save record",
    saveChanges: "Save changes",
    recordTitle: "Decision record: {title}",
    created: "Saved. This page's address is the secret edit link: keep it, it is shown only here.",
    saved: "Your changes are saved.",
    editLinkLabel: "Secret edit link",
    copyEditLink: "Copy the edit link",
    copiedEditLink: "Edit link copied",
    statusFixed: "a newer record replaced this one, so its status no longer changes.",
    editLinkWarning: "Anyone with this link can change the record. Share the public link instead.",
    publicLinkLabel: "Public link (read-only)",
    editTitle: "Edit the decision record",
    conflict:
      "Someone else saved this record while you were editing. Your text is still in the form and their version is shown below; save again to replace it with yours.",
    rotateTitle: "Replace the edit link",
    rotateHelp:
      "If the edit link may have leaked, replace it: the current link stops working at once and a new one is shown here.",
    rotateButton: "Replace the edit link",
    rotated:
      "The edit link was replaced. The old one no longer works; keep this page's new address.",
    revisit: "Revisit this decision",
    revisitHelp:
      "Save a new record that supersedes this one: the form starts with this record's title, notes and people and with today's recommendation for its answers.",
    alreadyRevisited:
      "This decision has already been revisited; to revisit it again, start from the newer record:",
    revisitBanner:
      "You are revisiting an earlier record: the record you save now will supersede it.",
    supersedes: "Supersedes",
    supersededBy: "Superseded by",
    differs: "Today's rules would decide differently: {approach}.",
    differsLink: "See today's result",
    same: "Today's rules still decide the same.",
    decision: "Decision",
    tooMany:
      "Too many records were saved from your address in a short time. Try again in {seconds} seconds.",
    tooManyTitle: "Too many saves",
    tooManyEditLinks:
      "Too many edit links that do not exist were tried from your address. Try again in {seconds} seconds.",
    tooManyEditLinksTitle: "Too many attempts",
    document: recordDocument,
  },
  adr: {
    draftTitle: "How our users stay signed in: {approach}",
  },
  invalidLink: {
    title: "This link is not valid",
    lead: "Some answers in the link are missing or not recognised.",
    fix: "Answer the remaining questions",
    kept: "The valid answers are kept.",
  },
  approaches: {
    "server-session": {
      name: "Server-side session",
      summary:
        "A random, opaque session ID in a cookie (or in the OS keystore for native apps) with the session kept in a shared store. Logout and revocation take effect at once.",
      tradeOff: "Every request depends on the shared session store being available and close.",
    },
    "gateway-token": {
      name: "Opaque token at the gateway, JWTs inside",
      summary:
        "Clients hold an opaque session or token; a gateway exchanges it for short-lived internal JWTs that services verify on their own.",
      tradeOff:
        "The gateway and the session store sit on every request path; internal JWTs must never leak outside.",
    },
    "access-refresh": {
      name: "Short-lived access tokens with refresh tokens",
      summary:
        "OAuth-style short-lived JWT access tokens plus rotated, revocable refresh tokens from an authorization server.",
      tradeOff:
        "A revoked login keeps working until its access token expires, and the authorization server becomes critical infrastructure.",
    },
    "stateless-token": {
      name: "Stateless signed token",
      summary:
        "A self-contained signed (or encrypted) token or cookie session with a short lifetime; a copy can be revoked only at expiry, so renewal re-checks the user.",
      tradeOff:
        "A stolen or logged-out token stays valid until it expires; rotating the signing key ends every session.",
    },
  },
  addOns: {
    oidc: {
      name: "OpenID Connect sign-in",
      summary: "Sign in through an OpenID Connect provider; each app keeps its own session.",
    },
    bff: {
      name: "Backend-for-frontend",
      summary: "A server component keeps the credential; the SPA holds only a session cookie.",
    },
    csrf: { name: "CSRF defence", summary: "Required whenever cookies carry credentials." },
    "pkce-native": {
      name: "PKCE for native apps",
      summary: "Native sign-in through the system browser with PKCE.",
    },
    denylist: { name: "Deny list", summary: "A revocation list that every token check consults." },
    "oauth-server": {
      name: "OAuth authorization server for partners",
      summary:
        "Partners' software gets scoped, revocable, delegated access from an OAuth 2 authorization server, apart from how your own users stay signed in.",
    },
    "sender-constrained": {
      name: "Sender-constrained tokens",
      summary:
        "Bearer tokens held by native apps, CLIs, services or partners are bound to the client's key (DPoP or mutual TLS), so a copied token cannot be replayed.",
    },
  },
  notFound: {
    title: "Page not found",
    body: "There is no page at this address.",
    home: "Go to the home page",
  },
  serverError: {
    title: "Something went wrong",
    body: "The page could not be shown. Try again in a moment.",
  },
  badRequest: { title: "Bad request", body: "The request could not be understood." },
  // Feature sections, one file each under ./en/.
  rounds,
  diagrams,
  punctuation,
  locale,
  forms,
  result,
};

export type Dictionary = typeof en;
