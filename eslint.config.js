// @ts-check
import js from "@eslint/js";
import globals from "globals";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// The rooms of app/ (docs/decisions: "Feature folders"). A feature reaches another feature only through the
// modules listed here as its public face; shared folders reach no feature; only routes/ reaches a route.
const FEATURES = {
  questionnaire: ["question-group", "forms.server"],
  result: ["decision-document", "markdown-export", "qr.server", "diagrams"],
  records: ["document", "adr-export", "madr", "limits", "records.server"],
  rounds: ["model", "forms.server"],
  compare: ["compare"],
};
const SHARED = ["platform", "http", "ui", "i18n"];
const importsOf = (/** @type {string} */ dir) => [`~/${dir}/*`, `../${dir}/*`, `../../${dir}/*`];

const routeRule = {
  group: ["~/routes/*", "../routes/*"],
  message: "Only routes/ (and root, entry) import a route: move what you need into a feature or a shared folder.",
};
const serverRule = {
  group: ["*.server", "**/*.server", "*.server.*", "**/*.server.*"],
  allowTypeImports: true,
  message: "A component may reach the browser, where a .server module is an empty module: pass the data from a loader, or import only types.",
};

/** @param {string} folder */
function roomPatterns(folder) {
  if (folder in FEATURES || folder === "content") {
    const others = Object.entries(FEATURES).filter(([name]) => name !== folder);
    return [
      ...others.map(([name, open]) => ({
        group: [...importsOf(name), ...open.map((m) => `!~/${name}/${m}`)],
        message: `A feature uses another feature only through its public modules (${name}: ${open.join(", ") || "none"}); move shared code to ui/, http/ or platform/.`,
      })),
      routeRule,
    ];
  }
  return [
    {
      group: [...Object.keys(FEATURES), "content"].flatMap(importsOf),
      message: `${folder}/ is shared infrastructure: it imports no feature (and no content).`,
    },
    routeRule,
  ];
}

const rooms = [...Object.keys(FEATURES), "content", ...SHARED].flatMap((folder) => [
  {
    files: [`app/${folder}/**/*.{ts,tsx}`],
    ignores: ["app/**/*.test.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: roomPatterns(folder) }] },
  },
  {
    files: [`app/${folder}/**/*.tsx`],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", { patterns: [...roomPatterns(folder), serverRule] }],
    },
  },
]);

export default tseslint.config(
  { ignores: [".builds/**", "build/**", "public/build/**", "node_modules/**", "reports/**", "test-results/**", "playwright-report/**", ".cache/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Render text as text. Compiled content uses <ContentHtml>, the one allowed place.",
        },
        {
          selector: "JSXAttribute[name.name='style']",
          message: "No inline styles: the CSP allows style sheets from 'self' only.",
        },
      ],
    },
  },
  {
    files: ["app/**/*.tsx"],
    plugins: { react, "react-hooks": reactHooks },
    settings: { react: { version: "18.3" } },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs["jsx-runtime"].rules,
      ...reactHooks.configs.recommended.rules,
      "react/prop-types": "off",
    },
  },
  {
    // The decision core stays pure: no React, Remix, Node built-ins or server-only modules.
    files: ["app/decision/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-*", "react/*"], message: "The decision core must not depend on React." },
            { group: ["@remix-run/*", "react-router*"], message: "The decision core must not depend on Remix." },
            { group: ["node:*"], message: "The decision core must not use Node built-ins." },
            { group: ["*.server", "*.server.*", "**/*.server", "**/*.server.*"], message: "No server-only modules in the core." },
            { group: ["~/*", "../*"], message: "The core imports only its own modules." },
          ],
          paths: ["fs", "path", "crypto", "http", "url", "os", "stream", "zod"].map((name) => ({
            name,
            message: name === "zod" ? "Use zod/mini in the core (bundle size)." : "No Node built-ins in the core.",
          })),
        },
      ],
    },
  },
  ...rooms,
  {
    // Browser-reachable code never imports zod's full build (it drags in every locale).
    files: ["app/**/*.{ts,tsx}"],
    ignores: ["app/**/*.server.ts", "app/**/*.test.ts", "app/decision/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "zod", message: "Use zod/mini in code that may reach the browser." }] }],
    },
  },
);
