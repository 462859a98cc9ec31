import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A page loaded only when its route is first shown, so each route downloads its own code (and heavy
 * libraries only where used). `load` imports the page's file; `name` is its named export. Render it
 * inside a `<Suspense>` (the app's layout gives one, showing `PageLoading`).
 */
export function lazyPage<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
): LazyExoticComponent<ComponentType> {
  return lazy(async () => {
    const page: ComponentType = (await load())[name];
    return { default: page };
  });
}
