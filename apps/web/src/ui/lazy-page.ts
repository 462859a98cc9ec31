import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { preloadMessages } from '../i18n/i18n';
import type { Namespace } from '../i18n/messages.types';

/**
 * A page loaded only when its route is first shown, so each route downloads its own code (and heavy
 * libraries only where used). `load` imports the page's file; `name` is its named export; `messages`
 * the namespaces its feature's words are in (src/i18n/locales), downloaded alongside the code so the
 * page never shows before its words (its components' useTranslation would wait for them anyway).
 * Render it inside a `<Suspense>` (the app's layout gives one, showing `PageLoading`).
 */
export function lazyPage<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
  messages: readonly Namespace[],
): LazyExoticComponent<ComponentType> {
  return lazy(async () => {
    const [module] = await Promise.all([load(), preloadMessages(messages)]);
    const page: ComponentType = module[name];
    return { default: page };
  });
}
