import type { LoaderFunctionArgs } from "@remix-run/node";
import { httpError } from "~/http/errors.server";

// Every unknown path: a real 404 rendered by the root error boundary.
export function loader({ request }: LoaderFunctionArgs) {
  httpError(request, 404);
}

export default function NotFound() {
  return null;
}
