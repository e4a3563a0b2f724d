// How the language is named to formatters and to other sites (section `locale`). Dates and numbers go through
// Intl with `intl`; Open Graph previews announce `openGraph`.
export const locale = {
  intl: "en-GB",
  openGraph: "en_US",
};
