// fast-check arbitraries for answers, written next to the schema (zod-fast-check does not support zod 4).
import * as fc from "fast-check";
import { valuesOf, type Answers } from "./questions";

const oneOf = <T extends string>(values: readonly T[]) => fc.constantFrom(...values);

export const answersArb: fc.Arbitrary<Answers> = fc.record({
  arch: oneOf(valuesOf("arch")),
  domains: oneOf(valuesOf("domains")),
  sso: oneOf(valuesOf("sso")),
  clients: fc
    .subarray([...valuesOf("clients")], { minLength: 1 })
    .map((list) => valuesOf("clients").filter((c) => list.includes(c))),
  logout: oneOf(valuesOf("logout")),
  deploy: oneOf(valuesOf("deploy")),
  store: oneOf(valuesOf("store")),
  stack: oneOf(valuesOf("stack")),
});
