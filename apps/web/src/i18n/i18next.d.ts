import 'i18next';
import type { Resources } from './messages.types';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    // A feature's `t` also reads the common messages and the API's reasons, as i18n.ts configures.
    fallbackNS: ['common', 'reasons'];
    resources: Resources;
  }
}
