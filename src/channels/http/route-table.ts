/**
 * The app's routes as a table of path → methods, read from Express's router
 * once every route is mounted. It lets the app answer a known path with the
 * wrong method 405 (with `Allow`) instead of 404, and label metrics by route
 * without letting arbitrary paths create new label values.
 *
 * Express does not document its router's internals; this reads routes added
 * with `app.get`/`app.post`/… and routers mounted at the root, and degrades
 * to an empty table (404 for everything unknown) if their shape changes.
 */
import type { Express, RequestHandler } from 'express';
import { RequestError } from '../../errors.js';

interface LayerShape {
  readonly route?: { readonly path?: unknown; readonly methods?: Record<string, boolean> };
  readonly handle?: { readonly stack?: unknown };
}

export type RouteTable = ReadonlyMap<string, ReadonlySet<string>>;

export function routeTable(app: Express): RouteTable {
  const table = new Map<string, Set<string>>();
  const visit = (stack: unknown) => {
    if (!Array.isArray(stack)) return;
    for (const layer of stack as LayerShape[]) {
      const { route } = layer;
      if (route !== undefined && typeof route.path === 'string') {
        const methods = table.get(route.path) ?? new Set<string>();
        for (const [method, on] of Object.entries(route.methods ?? {})) if (on && method !== '_all') methods.add(method.toUpperCase());
        table.set(route.path, methods);
      } else {
        visit(layer.handle?.stack);
      }
    }
  };
  visit((app as unknown as { router?: { stack?: unknown } }).router?.stack);
  for (const methods of table.values()) if (methods.has('GET')) methods.add('HEAD');
  return table;
}

/** The route `path` is served by: itself, or a pattern such as `/articles/:slug` for `/articles/huawei`. */
export function routeOf(table: RouteTable, path: string): string | undefined {
  if (table.has(path)) return path;
  const parts = path.split('/');
  for (const route of table.keys()) {
    const pattern = route.split('/');
    if (pattern.length === parts.length && pattern.every((part, i) => part === parts[i] || (part.startsWith(':') && parts[i] !== ''))) return route;
  }
  return undefined;
}

/** 405 with `Allow` for a known path asked with another method; anything else passes on (to the 404). */
export function methodNotAllowed(table: () => RouteTable): RequestHandler {
  return (req, res, next) => {
    const route = routeOf(table(), req.path);
    const methods = route === undefined ? undefined : table().get(route);
    if (methods === undefined || methods.size === 0 || methods.has(req.method)) return next();
    const allowed = [...methods].sort().join(', ');
    res.set('Allow', allowed);
    next(new RequestError('method_not_allowed', `${req.method} is not allowed on ${req.path}; use ${allowed}.`));
  };
}
