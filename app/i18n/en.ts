// English UI text. ja.ts must have the same shape: the type system checks key parity.
export const en = {
  siteName: "Do I need JWT?",
  skipToContent: "Skip to main content",
  languageSwitch: "日本語",
  languageSwitchLabel: "このページを日本語で表示",
  nav: {
    label: "Site",
    home: "Home",
    questionnaire: "Questionnaire",
    arguments: "The article, checked",
    sources: "Sources",
  },
  footer: {
    about: "A decision aid for how users stay signed in. It recommends; your team decides.",
    privacy: "Answers live in the link. Nothing is stored unless you save a record.",
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
    skipNote: "Only needed when the app runs on more than one instance.",
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
    recommended: "Recommended approach",
    addOns: "Add-ons",
    noAddOns: "None needed",
    confidence: "Confidence",
    confidenceHelp:
      "How clearly your answers favour this approach over the runner-up; it falls with conflicts and “I'm not sure” answers.",
    because: "Because you said",
    becauseItem: "{question}: {answer}",
    reasonsTitle: "Why",
    cites: "Rests on",
    conflicts: "Your answers pull in different directions",
    findOut: "What to find out",
    findOutIntro:
      "You answered “I'm not sure” to a question that matters. Finding out may raise the confidence or change the result.",
    against: "What counts against it",
    whyNot: "Why not the others",
    ruledOutBy: "Ruled out: {rules}",
    score: "Score {score}",
    counterfactuals: "What would change the result",
    counterfactualsIntro: "Each of these single changes would lead to a different approach.",
    counterfactualsNone: "No single changed answer would change the approach.",
    counterfactualItem: "If {question} were “{answer}” → {approach}",
    implementation: "Implementation notes",
    yourAnswers: "Your answers",
    changeAnswers: "Change answers",
    startOver: "Start over",
    shareLink: "Link to this result",
    shareHelp: "The link is the result: anyone who opens it sees this page in their language.",
    rulesetVersion: "Ruleset version",
    oldVersion:
      "This link was made with ruleset {v}; it is shown as today's rules ({current}) decide.",
    rule: "Rule",
    trace: "Rule trace",
    traceIntro:
      "Every rule, whether it fired, and each condition's actual answer against the expected value.",
    fired: "fired",
    notFired: "did not fire",
    expected: "expected",
    actual: "actual",
    apiLink: "The same decision as JSON",
  },
  rationale: {
    article: "Article",
    articleSection: "section",
    claim: "The claim",
    authorsAnswer: "The author's answer",
    standards: "What the standards say",
    verdict: {
      agree: "The sources agree",
      qualify: "The sources qualify it",
      disagree: "The sources disagree",
    },
    stance: { agree: "agrees", qualify: "qualifies", disagree: "disagrees" },
    addition: "Not in the article",
    readMore: "Read the whole argument",
    seeAbove: "See above",
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
    lead: "Every document the rules and the rationale cite.",
    citedBy: "Cited by",
  },
  approachPage: {
    sections: "Contents",
    sources: "Sources",
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
    },
    "gateway-token": {
      name: "Opaque token at the gateway, JWTs inside",
      summary:
        "Clients hold an opaque session or token; a gateway exchanges it for short-lived internal JWTs that services verify on their own.",
    },
    "access-refresh": {
      name: "Short-lived access tokens with refresh tokens",
      summary:
        "OAuth-style short-lived JWT access tokens plus rotated, revocable refresh tokens from an authorization server.",
    },
    "stateless-token": {
      name: "Stateless signed token",
      summary:
        "A self-contained signed (or encrypted) token or cookie session with a short lifetime; revocation only at expiry unless a deny list is added.",
    },
  },
  addOns: {
    oidc: {
      name: "OpenID Connect sign-in",
      summary: "Sign in through an OpenID Connect provider; each app keeps its own session.",
    },
    bff: {
      name: "Backend-for-frontend",
      summary: "A server component keeps the tokens; the SPA holds only a session cookie.",
    },
    csrf: { name: "CSRF defence", summary: "Required whenever cookies carry credentials." },
    "pkce-native": {
      name: "PKCE for native apps",
      summary: "Native sign-in through the system browser with PKCE.",
    },
    denylist: { name: "Deny list", summary: "A revocation list that every token check consults." },
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
};

export type Dictionary = typeof en;
