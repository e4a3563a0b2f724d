// @ts-check
// The words of the page a refused cross-site POST gets (server/same-origin.js). The server sends that page before
// the app runs, so its words live here rather than in app/i18n; app/i18n/i18n.test.ts checks that both languages
// have the same keys. `{from}` and `{own}` are filled in by the server (and escaped there).
export const refusedPageWords = {
  en: {
    title: "This form was sent from another site",
    lead: "For your safety, this site only accepts forms sent from its own pages. Nothing was saved or changed.",
    origin: "The form came from {from}, but this site is {own}.",
    crossSite: "Your browser reported that the form was sent from another site.",
    retry: "Open the page again at the address below and send the form from there.",
    admin: "If you run this server: set PUBLIC_ORIGIN to the address people open it at.",
    home: "Go to the start page",
  },
  ja: {
    title: "別のサイトから送信されたフォームは受け付けていません",
    lead: "安全のため、このサイトは自身のページから送信されたフォームだけを受け付けます。保存や変更は行っていません。",
    origin: "フォームの送信元は {from} ですが、このサイトは {own} です。",
    crossSite: "ブラウザーから、フォームが別のサイトから送信されたと通知されました。",
    retry: "下のアドレスでページを開き直し、そこからもう一度送信してください。",
    admin: "このサーバーの管理者の方へ：利用者が開くアドレスを PUBLIC_ORIGIN に設定してください。",
    home: "トップページへ",
  },
};
