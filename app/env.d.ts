/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />

import "@remix-run/server-runtime";

declare module "@remix-run/server-runtime" {
  interface AppLoadContext {
    cspNonce?: string;
    /** The client's address (Express req.ip, which honours TRUST_PROXY). */
    clientIp?: string;
  }
}
