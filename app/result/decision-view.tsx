// The result page, summary first: the recommendation, the plan per client, the deciding reasons and the action
// bar on the first screen (the action bar right under the recommendation); the rest folded below, each part opening in place.
import type { Decision, ShareLink } from "~/decision";
import type { RationaleContent } from "~/content/types";
import type { Lang } from "~/i18n";
import { ActionBar } from "./actions";
import { ResultDetails } from "./details";
import { Glance, Summary } from "./summary";
import { VersionNotice, type VersionNoticeData } from "./version-notice";

interface Props {
  lang: Lang;
  link: ShareLink;
  decision: Decision;
  canonical: string;
  shareUrl: string;
  chatText: string;
  namePhrases: string[];
  version?: VersionNoticeData;
  content: RationaleContent;
}

export function DecisionView({
  lang,
  link,
  decision,
  canonical,
  shareUrl,
  chatText,
  namePhrases,
  version,
  content,
}: Props) {
  const chosenLang = link.lang;
  return (
    <article className="decision screen-only">
      {version ? <VersionNotice data={version} lang={lang} chosenLang={chosenLang} /> : null}
      <Summary
        lang={lang}
        chosenLang={chosenLang}
        decision={decision}
        answers={link.answers}
        namePhrases={namePhrases}
      />
      <ActionBar
        lang={lang}
        chosenLang={chosenLang}
        shareUrl={shareUrl}
        chatText={chatText}
        canonical={canonical}
      />
      <Glance lang={lang} answers={link.answers} decision={decision} />
      <ResultDetails
        lang={lang}
        chosenLang={chosenLang}
        answers={link.answers}
        decision={decision}
        content={content}
      />
    </article>
  );
}
