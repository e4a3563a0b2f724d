// Part 2 of the answer space checked against SPEC's principles: the outcomes over the whole factorised space
// (principles-space.test.suite.ts) and whole decisions on a sample (principles.test.suite.ts).
import { describePrinciplesPart } from "./principles.test.suite";
import { describeSpacePart } from "./principles-space.test.suite";

describeSpacePart(2);
describePrinciplesPart(2);
