// The result page, summary first: the recommendation, the plan per client, the deciding reasons and the action
// bar on the first screen (the action bar right under the recommendation); the rest folded below, each part opening in place.
// Every part reads the one view model of the result (result/result-view.server.ts).
import type { ResultView } from "./result-view.server";
import { ActionBar } from "./actions";
import { ResultDetails } from "./details";
import { Glance, Summary } from "./summary";
import { VersionNotice } from "./version-notice";

export function DecisionView({ view }: { view: ResultView }) {
  return (
    <article className="decision screen-only">
      {view.version ? (
        <VersionNotice data={view.version} lang={view.lang} chosenLang={view.chosenLang} />
      ) : null}
      <Summary view={view} />
      <ActionBar
        lang={view.lang}
        chosenLang={view.chosenLang}
        shareUrl={view.shareUrl}
        chatText={view.chatText}
        canonical={view.canonical}
      />
      <Glance view={view} />
      <ResultDetails view={view} />
    </article>
  );
}
