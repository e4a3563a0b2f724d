// The public golden scenarios of SPEC: the ruleset's regression tests and the home page's examples.
export const GOLDEN = {
  G1: "arch=monolith&domains=one-origin&sso=none&clients=browser&logout=immediate&deploy=multi&store=yes&stack=nextjs-authjs",
  G2: "arch=monolith&domains=one-origin&sso=none&clients=browser,native&logout=immediate&deploy=multi&store=yes&stack=nextjs-authjs",
  G3: "arch=microservices&domains=one-origin&sso=none&clients=browser&logout=immediate&deploy=multi&store=yes",
  G4: "arch=microservices&domains=cross-site&sso=federated&clients=browser,native,third-party&logout=minutes&deploy=multi&store=yes",
  G5: "arch=monolith&domains=one-origin&sso=none&clients=browser&logout=expiry&deploy=edge&store=no",
} as const;

export const GOLDEN_APPROACH = {
  G1: "server-session",
  G2: "server-session",
  G3: "gateway-token",
  G4: "access-refresh",
  G5: "stateless-token",
} as const;

export type GoldenId = keyof typeof GOLDEN;
