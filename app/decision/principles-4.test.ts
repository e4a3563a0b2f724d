// Part 4 of the answer space checked against SPEC's principles (see principles.test.suite.ts).
import { describePrinciplesPart } from "./principles.test.suite";

describePrinciplesPart(4);
