import { languageOf } from '../../../common/locales.js';
import { cy } from './cy.js';
import { en } from './en.js';
import type { EmailTemplates } from './template.js';

export type { EmailTemplates, Facts } from './template.js';

/** The templates in a person's language (people.locale); English when it is neither. */
export const templatesFor = (locale: string | null | undefined): EmailTemplates => (languageOf(locale) === 'cy' ? cy : en);
