import { Fragment } from "react";

/** Text split at phrase boundaries (see phrases.server.ts): a line may break only between phrases. */
export function Phrases({ phrases }: { phrases: readonly string[] }) {
  return (
    <span className="phrases">
      {phrases.map((p, i) => (
        <Fragment key={i}>
          {i > 0 ? <wbr /> : null}
          {p}
        </Fragment>
      ))}
    </span>
  );
}
