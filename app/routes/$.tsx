import { json } from "@remix-run/node";

// Every unknown path: a real 404 rendered by the root error boundary.
export function loader() {
  throw json(null, { status: 404 });
}

export default function NotFound() {
  return null;
}
