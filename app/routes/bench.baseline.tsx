import type { MetaFunction } from "@remix-run/node";

// /bench/baseline: the trivial page `npm run bench` compares the real routes against. Same server, same root
// layout (and root loader), no loader of its own, no JavaScript. Not linked from anywhere.
export const meta: MetaFunction = () => [{ name: "robots", content: "noindex" }];

export default function BenchBaseline() {
  return (
    <>
      <h1>Baseline</h1>
      <p>A static page for benchmarks.</p>
    </>
  );
}
