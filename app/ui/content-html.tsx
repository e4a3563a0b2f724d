// The one place that renders HTML strings: content compiled at build time from this repository's MDX
// (scripts/build-content.ts escapes every front-matter string). User input never reaches this component.
export function ContentHtml({
  html,
  as: Tag = "div",
  className,
}: {
  html: string;
  as?: "div" | "span" | "p" | "li" | "dd";
  className?: string;
}) {
  // eslint-disable-next-line no-restricted-syntax -- trusted, build-time HTML (see above)
  return <Tag className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
