import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../common/access/request-context.js';
import type { SetNotificationPreferenceInput } from './dtos/set-notification-preference.input.js';
import { NotificationDeliveryRepository } from './notification-delivery.repository.js';
import { DEFAULT_DELIVERY } from './notification-defaults.js';
import { NotificationDelivery, NotificationKind } from './notification.enums.js';
import type { NotificationPreferenceModel } from './notification-preference.model.js';
import { templatesFor, type EmailTemplates } from './templates/index.js';
import { verifyUnsubscribe, type UnsubscribeScope } from './unsubscribe-token.js';

/** What an unsubscribe link is for, in its person's language. */
export interface UnsubscribeTarget {
  personId: string;
  scope: UnsubscribeScope;
  templates: EmailTemplates;
  locale: string;
}

/** Each person's choice, per kind, of how they hear of notifications; and the links in emails that turn email off. */
@Injectable()
export class NotificationPreferencesService {
  constructor(private readonly repository: NotificationDeliveryRepository) {}

  /** Every kind, with the person's choice or the default. */
  async list(personId: string): Promise<NotificationPreferenceModel[]> {
    const chosen = new Map((await this.repository.chosen(personId)).map((c) => [c.kind, c.delivery]));
    return Object.values(NotificationKind).map((kind) => ({
      kind,
      delivery: chosen.get(kind) ?? DEFAULT_DELIVERY[kind],
      isDefault: !chosen.has(kind),
    }));
  }

  async choose(input: SetNotificationPreferenceInput, viewer: Viewer): Promise<NotificationPreferenceModel> {
    await this.repository.choose(viewer.personId, [input.kind], input.delivery);
    return { kind: input.kind, delivery: input.delivery, isDefault: false };
  }

  /** The person and scope of a signed unsubscribe link; null when it is not one (or its person is gone). */
  async target(token: string): Promise<UnsubscribeTarget | null> {
    const signed = verifyUnsubscribe(await this.repository.secret(), token);
    if (!signed) return null;
    const person = await this.repository.personExists(signed.personId);
    if (!person) return null;
    return { ...signed, locale: person.locale, templates: templatesFor(person.locale) };
  }

  /**
   * Turns the link's email off: its kind (or every kind in the digest) stays in the app. Kinds already
   * off stay off. Saying it twice changes nothing.
   */
  async unsubscribe(target: UnsubscribeTarget): Promise<void> {
    const current = await this.list(target.personId);
    const emailed = (d: NotificationDelivery) =>
      target.scope === 'digest' ? d === NotificationDelivery.DIGEST : d === NotificationDelivery.EMAIL || d === NotificationDelivery.DIGEST;
    const kinds = current.filter((p) => (target.scope === 'digest' || p.kind === target.scope) && emailed(p.delivery)).map((p) => p.kind);
    await this.repository.choose(target.personId, kinds, NotificationDelivery.IN_APP);
  }
}
