// @ts-check
// The golden scenarios' share links (SPEC G1–G5), canonical. Plain JavaScript so that the Node scripts (load,
// crash and quality runs) read the very links the tests and the home page use; golden.ts re-exports them.
export const GOLDEN = /** @type {const} */ ({
  G1: "arch=monolith&domains=one-origin&sso=none&clients=browser&logout=immediate&deploy=multi&store=yes&stack=nextjs-authjs",
  G2: "arch=monolith&domains=one-origin&sso=none&clients=browser,native&logout=immediate&deploy=multi&store=yes&stack=nextjs-authjs",
  G3: "arch=microservices&domains=one-origin&sso=none&clients=browser&logout=immediate&deploy=multi&store=yes",
  G4: "arch=microservices&domains=cross-site&sso=federated&clients=browser,native,third-party&logout=minutes&deploy=multi&store=yes",
  G5: "arch=monolith&domains=one-origin&sso=none&clients=browser&logout=expiry&deploy=edge&store=no",
});
