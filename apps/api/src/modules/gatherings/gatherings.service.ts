import { Injectable } from '@nestjs/common';
import slugify from '@sindresorhus/slugify';
import type { Viewer } from '../../common/access/request-context.js';
import { CHANNELS } from '../../common/events/channels.js';
import { notify } from '../../common/events/pg-events.service.js';
import { JobsService } from '../../common/jobs/jobs.service.js';
import type { Executor } from '../../database/database.js';
import { isUniqueViolation } from '../../database/pg-errors.js';
import { NetworkRole } from '../networks/network.enums.js';
import { RolesService } from '../roles/roles.service.js';
import type { CreateGatheringInput } from './dtos/create-gathering.input.js';
import type { CreateFollowUpInput } from './dtos/follow-up.input.js';
import type { GatheringFieldsInput } from './dtos/gathering-fields.js';
import type { SetGatheringStatusInput } from './dtos/gathering-status.input.js';
import type { UpdateGatheringInput } from './dtos/update-gathering.input.js';
import { GATHERING_CLOSED, type GatheringClosedEvent } from './gathering.events.js';
import type { Gathering } from './gathering.js';
import { GatheringRole, GatheringStatus, RegistrationStatus } from './gathering.enums.js';
import { GatheringModel } from './gathering.model.js';
import type { GatheringLink } from './gathering-link.model.js';
import { GatheringNetworksRepository } from './gathering-networks.repository.js';
import { GatheringNewsService } from './gathering-news.service.js';
import { GatheringNotices } from './gathering-notices.service.js';
import { GatheringsError, gatheringsError } from './gatherings.errors.js';
import { GatheringsRepository, type GatheringChanges } from './gatherings.repository.js';
import { RegistrationsRepository } from './registrations.repository.js';

// Forward only: draft → published → live → closed (publishing may skip straight to live).
const NEXT: Record<GatheringStatus, GatheringStatus[]> = {
  [GatheringStatus.DRAFT]: [GatheringStatus.PUBLISHED],
  [GatheringStatus.PUBLISHED]: [GatheringStatus.LIVE, GatheringStatus.CLOSED],
  [GatheringStatus.LIVE]: [GatheringStatus.CLOSED],
  [GatheringStatus.CLOSED]: [],
};

/** Who may answer a network's invitation to co-convene (and so see the draft meanwhile). */
export type { Gathering } from './gathering.js';
/** What other modules may subscribe to (JobsService.subscribe). */
export { GATHERING_CLOSED, type GatheringClosedEvent } from './gathering.events.js';

export const MAY_ANSWER_FOR_A_NETWORK = [NetworkRole.FACILITATOR, NetworkRole.CONVENER];

/** Time slots as a person knows them: “Round 1”, or “10:00–10:50” in the gathering's time zone when unlabelled. */
function slotNames(slots: { label: string | null; startsAt: Date; endsAt: Date }[], timeZone: string): string {
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' });
  return slots.map((slot) => `“${slot.label ?? `${time.format(slot.startsAt)}–${time.format(slot.endsAt)}`}”`).join(', ');
}

function fieldChanges(input: GatheringFieldsInput): GatheringChanges {
  const changes: GatheringChanges = {};
  if (input.purpose !== undefined) changes.purpose = input.purpose;
  if (input.venue !== undefined) changes.venue = input.venue || null;
  if (input.onlineUrl !== undefined) changes.onlineUrl = input.onlineUrl || null;
  if (input.capacity !== undefined) changes.capacity = input.capacity ?? null;
  if (input.registrationMode !== undefined) changes.registrationMode = input.registrationMode;
  if (input.accessFeatures !== undefined) changes.accessFeatures = [...new Set(input.accessFeatures)];
  if (input.accessNotes !== undefined) changes.accessNotes = input.accessNotes;
  return changes;
}

/** Gatherings: making, changing and showing them, and who may see a draft. */
@Injectable()
export class GatheringsService {
  constructor(
    private readonly repository: GatheringsRepository,
    private readonly registrations: RegistrationsRepository,
    private readonly networks: GatheringNetworksRepository,
    private readonly news: GatheringNewsService,
    private readonly notices: GatheringNotices,
    private readonly roles: RolesService,
    private readonly jobs: JobsService,
  ) {}

  /** A gathering the viewer may see, as a model. */
  async view(where: { id: string } | { slug: string }, viewer: Viewer | null): Promise<GatheringModel> {
    return this.model(await this.findVisible(where, viewer), viewer);
  }

  /** Gatherings the viewer convenes or is registered for: upcoming (soonest first), or past. */
  async mine(viewer: Viewer, past: boolean): Promise<GatheringModel[]> {
    return this.toModels(await this.forPerson(viewer.personId, past), viewer);
  }

  /** Creates a draft; the viewer must convene or facilitate every convening network. */
  async create(input: CreateGatheringInput, viewer: Viewer): Promise<GatheringModel> {
    return this.model(await this.createDraft(input, viewer), viewer);
  }

  /**
   * A draft follow-up, linked to the gathering it follows, convened by the same
   * networks: those the viewer facilitates or convenes at once, the others
   * invited to co-convene (one of their people accepts), so nobody puts a
   * network's name on a gathering without it. `inviteeIds` (a breakout carried
   * on) are whom announcing it invites; none means everyone who took part.
   * The caller has checked the viewer may: a convener of the original (the
   * resolver's guard), or the host of the breakout (open-space).
   */
  async createFollowUp(input: CreateFollowUpInput, viewer: Viewer, inviteeIds: readonly string[] = []): Promise<GatheringModel> {
    const original = await this.findVisible({ id: input.followUpOfId }, viewer);
    const networkIds = await this.repository.convenerNetworkIds(original.id);
    const created = await this.createDraft({ ...input, convenedByNetworkIds: networkIds } as CreateGatheringInput, viewer, {
      followUpOfId: original.id,
      inviteeIds,
    });
    return this.model(created, viewer);
  }

  /** The gatherings these follow up, and their follow-ups, as the viewer may see them (drafts only to their conveners). */
  followUpLinks(direction: 'follows' | 'followedBy', ids: readonly string[], viewer: Viewer | null): Promise<GatheringLink[]> {
    return this.repository.followUpLinks(direction, ids, viewer?.personId ?? null);
  }

  async update(input: UpdateGatheringInput, viewer: Viewer): Promise<GatheringModel> {
    const before = await this.repository.find({ id: input.gatheringId });
    await this.repository.transaction(async (trx) => {
      const gathering = await this.repository.lock(trx, input.gatheringId);
      if (!gathering) throw gatheringsError(GatheringsError.NotFound);
      const changes = fieldChanges(input);
      if (input.title !== undefined) changes.title = input.title;
      if (input.format !== undefined) changes.format = input.format;
      if (input.timeZone !== undefined) changes.timeZone = input.timeZone;
      if (input.startsAt !== undefined) changes.startsAt = input.startsAt;
      if (input.endsAt !== undefined) changes.endsAt = input.endsAt;
      const startsAt = (changes.startsAt as Date | undefined) ?? gathering.startsAt;
      const endsAt = (changes.endsAt as Date | undefined) ?? gathering.endsAt;
      if (endsAt <= startsAt) throw gatheringsError(GatheringsError.EndBeforeStart);
      // The open-space grid stays within the day: new times never leave a time slot outside it.
      const outside = await this.repository.slotsOutside(trx, gathering.id, startsAt, endsAt);
      if (outside.length > 0) {
        const field = outside.some((slot) => slot.startsAt < startsAt) ? 'startsAt' : 'endsAt';
        throw gatheringsError(GatheringsError.SlotsOutsideGathering, slotNames(outside, gathering.timeZone), field);
      }
      // Under the row lock nobody can take a place meanwhile.
      if (changes.capacity != null && changes.capacity < gathering.registeredCount) {
        throw gatheringsError(GatheringsError.CapacityBelowRegistered, gathering.registeredCount);
      }
      if (Object.keys(changes).length > 0) {
        await this.repository.update(gathering.id, changes, trx);
        await this.notices.changed(gathering, await this.repository.get(gathering.id, trx), viewer, trx);
      }
    });
    const after = await this.repository.get(input.gatheringId);
    if (before && before.status !== GatheringStatus.DRAFT) await this.news.tellAboutChanges(before, after);
    return this.model(after, viewer);
  }

  async setStatus(input: SetGatheringStatusInput, viewer: Viewer): Promise<GatheringModel> {
    const { gatheringId, status } = input;
    const gathering = await this.repository.get(gatheringId);
    if (!NEXT[gathering.status].includes(status))
      throw gatheringsError(GatheringsError.BadStatusChange, `${gathering.status} to ${status}`);
    await this.repository.transaction(async (trx) => {
      if (!(await this.repository.changeStatus(gatheringId, gathering.status, status, trx)))
        throw gatheringsError(GatheringsError.BadStatusChange, `${gathering.status} to ${status}`);
      // Open walls, rooms and boards show the new status (opened: Join buttons; closed: read-only) on commit.
      await notify(trx, CHANNELS.live, { g: gatheringId, k: 'gathering' });
      // Other modules (feedback) react through the job queue: announced only if the closing commits.
      if (status === GatheringStatus.CLOSED) {
        const event: GatheringClosedEvent = { gatheringId, closedAt: new Date().toISOString(), closedById: viewer.personId };
        await this.jobs.publish(GATHERING_CLOSED, event, trx);
      }
    });
    const updated = await this.repository.get(gatheringId);
    if (status === GatheringStatus.PUBLISHED && updated.followUpOfId) await this.news.inviteParticipantsOf(updated, viewer.personId);
    return this.model(updated, viewer);
  }

  /** The gathering's times, which cannot change until `trx` ends (for what must fall within them, like time slots). */
  async heldTimes(gatheringId: string, trx: Executor): Promise<{ startsAt: Date; endsAt: Date }> {
    const times = await this.repository.holdTimes(trx, gatheringId);
    if (!times) throw gatheringsError(GatheringsError.NotFound);
    return times;
  }

  /** Published gatherings are public; drafts only to their conveners (NOT_FOUND otherwise). */
  async findVisible(where: { id: string } | { slug: string }, viewer: Viewer | null): Promise<Gathering> {
    const gathering = await this.repository.find(where);
    if (!gathering) throw gatheringsError(GatheringsError.NotFound);
    await this.assertVisible(gathering, viewer);
    return gathering;
  }

  /** NOT_FOUND for a draft the viewer may not prepare (for a gathering already loaded, e.g. with what belongs to it). */
  async assertVisible(gathering: Pick<Gathering, 'id' | 'status'>, viewer: Viewer | null): Promise<void> {
    if (
      gathering.status === GatheringStatus.DRAFT &&
      !(viewer && (await this.repository.mayPrepare(gathering.id, viewer.personId, MAY_ANSWER_FOR_A_NETWORK)))
    ) {
      throw gatheringsError(GatheringsError.NotFound);
    }
  }

  /** Gatherings the person convenes or is registered for (not cancelled), soonest first, or most recent first for the past. */
  forPerson(personId: string, past: boolean): Promise<Gathering[]> {
    return this.repository.forPerson(personId, past);
  }

  async model(gathering: Gathering, viewer: Viewer | null): Promise<GatheringModel> {
    const [model] = await this.toModels([gathering], viewer);
    return model;
  }

  async toModels(gatherings: Gathering[], viewer: Viewer | null): Promise<GatheringModel[]> {
    const ids = gatherings.map((g) => g.id);
    if (ids.length === 0) return [];
    const conveners = await this.networks.conveners(ids, true, viewer);
    const convening = viewer ? await this.repository.heldAmong(ids, viewer.personId) : new Set<string>();
    const registrations = viewer ? await this.registrations.activeOf(viewer.personId, ids) : [];
    return gatherings.map((g) => {
      const mine = registrations.find((r) => r.gatheringId === g.id) ?? null;
      const inside = convening.has(g.id) || mine?.status === RegistrationStatus.REGISTERED;
      return Object.assign(new GatheringModel(), {
        id: g.id,
        slug: g.slug,
        title: g.title,
        purpose: g.purpose,
        format: g.format,
        venue: g.venue,
        onlineUrl: inside ? g.onlineUrl : null,
        startsAt: g.startsAt,
        endsAt: g.endsAt,
        timeZone: g.timeZone,
        capacity: g.capacity,
        placesLeft: g.capacity === null ? null : Math.max(0, g.capacity - g.registeredCount),
        registrationMode: g.registrationMode,
        accessFeatures: g.accessFeatures,
        accessNotes: g.accessNotes,
        status: g.status,
        convenedBy: conveners.filter((c) => c.gatheringId === g.id).map((c) => c.network),
        viewerIsConvener: convening.has(g.id),
        viewerRegistrationRow: mine,
        followUpOfId: g.followUpOfId,
      });
    });
  }

  private async createDraft(
    input: CreateGatheringInput,
    viewer: Viewer,
    followUp?: { followUpOfId: string; inviteeIds: readonly string[] },
  ): Promise<Gathering> {
    if (input.endsAt <= input.startsAt) throw gatheringsError(GatheringsError.EndBeforeStart);
    const networkIds = [...new Set(input.convenedByNetworkIds)];
    const held = await this.repository.networksHeld(networkIds, viewer.personId, MAY_ANSWER_FOR_A_NETWORK);
    const missing = networkIds.filter((id) => !held.has(id));
    if (missing.length > 0 && !followUp) {
      const names = await this.networks.names(missing, viewer);
      throw gatheringsError(GatheringsError.NotConvenerOf, names.length ? names.map((n) => `"${n}"`).join(' and ') : undefined);
    }
    const base = slugify(input.title) || 'gathering';
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.repository.transaction(async (trx) => {
          const gathering = await this.repository.insert(trx, {
            ...fieldChanges(input),
            slug: await this.repository.freeSlug(trx, base),
            title: input.title,
            format: input.format,
            startsAt: input.startsAt,
            endsAt: input.endsAt,
            timeZone: input.timeZone,
            createdById: viewer.personId,
            followUpOfId: followUp?.followUpOfId ?? null,
          });
          await this.repository.insertConveners(
            trx,
            gathering.id,
            networkIds.filter((id) => held.has(id)),
          );
          // A follow-up's other networks are asked, as for any co-convener (only follow-ups get here with some missing).
          await this.repository.insertConveners(trx, gathering.id, missing, false);
          await this.repository.insertFollowUpInvitees(trx, gathering.id, followUp?.inviteeIds ?? []);
          await this.roles.grant(viewer.personId, 'gathering', gathering.id, GatheringRole.CONVENER, trx);
          return gathering;
        });
      } catch (error) {
        if (attempt < 5 && isUniqueViolation(error)) continue;
        throw error;
      }
    }
  }
}
