import { createContext, useContext } from "react";

// The per-request CSP nonce. On the client it is "": browsers hide nonce attributes after use.
const NonceContext = createContext("");
export const NonceProvider = NonceContext.Provider;
export const useNonce = () => useContext(NonceContext);
