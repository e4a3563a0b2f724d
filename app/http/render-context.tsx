// What a loader hands to the server render alone. Remix serialises a route's loader data to JSON and back for
// useLoaderData, then again (escaped) for the hydration hand-off, on every document request, even on pages that
// ship no framework JavaScript. A page that does not hydrate (no handle.hydrate) can keep its large, server-only
// view out of that: the loader puts it in the request's load context, and the render reads it from there.
import type { AppLoadContext } from "@remix-run/node";
import { createContext, useContext } from "react";

const LoadContext = createContext<AppLoadContext | undefined>(undefined);

/** entry.server.tsx gives the render the request's load context. */
export const LoadContextProvider = LoadContext.Provider;

/**
 * A named slot for one value per request: `put` in the loader, `use` in the route's components. `use` throws in the
 * browser (there is no load context there), so a page that starts hydrating fails loudly instead of rendering
 * nothing.
 */
export function renderSlot<T>(name: string) {
  const key = Symbol(name);
  type Holder = { [key]?: T };
  return {
    put(context: AppLoadContext, value: T): void {
      (context as Holder)[key] = value;
    },
    use(): T {
      const context = useContext(LoadContext) as Holder | undefined;
      const value = context?.[key];
      if (value === undefined) throw new Error(`${name}: rendered without its loader's value (server render only)`);
      return value;
    },
  };
}
