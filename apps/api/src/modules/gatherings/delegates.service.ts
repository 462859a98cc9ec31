import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../common/access/request-context.js';
import { NetworkRole } from '../networks/network.enums.js';
import { RolesService } from '../roles/roles.service.js';
import type { DelegatePlaces } from './delegates.model.js';
import { DelegatesRepository } from './delegates.repository.js';
import type { NominateDelegateInput } from './dtos/nominate-delegate.input.js';
import type { SetDelegatePlacesInput } from './dtos/set-delegate-places.input.js';
import type { Registration } from './gathering.js';
import { RegistrationStatus } from './gathering.enums.js';
import { GatheringNetworksRepository } from './gathering-networks.repository.js';
import { GatheringsError, gatheringsError } from './gatherings.errors.js';
import { GatheringsRepository } from './gatherings.repository.js';
import { GatheringsService } from './gatherings.service.js';
import type { RegistrationModel } from './registration.model.js';
import { RegistrationsRepository } from './registrations.repository.js';
import { RegistrationsService } from './registrations.service.js';

/** Representation: delegate places per network, filled by the network's facilitators. */
@Injectable()
export class DelegatesService {
  constructor(
    private readonly repository: DelegatesRepository,
    private readonly gatheringRows: GatheringsRepository,
    private readonly registrationRows: RegistrationsRepository,
    private readonly networks: GatheringNetworksRepository,
    private readonly gatherings: GatheringsService,
    private readonly registrations: RegistrationsService,
    private readonly roles: RolesService,
  ) {}

  /** Places for a network that exists and has not closed (taking places away is always allowed); the places after. */
  async setPlaces(input: SetDelegatePlacesInput, viewer: Viewer): Promise<DelegatePlaces[]> {
    const closed = await this.networks.isClosed(input.networkId, viewer);
    if (closed === undefined) throw gatheringsError(GatheringsError.NetworkNotFound);
    if (closed && input.places > 0) throw gatheringsError(GatheringsError.NetworkClosed);
    await this.repository.setPlaces(input.gatheringId, input.networkId, input.places);
    return this.places(input.gatheringId, viewer);
  }

  /** A facilitator of the network registers someone in it as a delegate, within its places and the gathering's capacity. */
  async nominate(input: NominateDelegateInput, viewer: Viewer): Promise<RegistrationModel> {
    await this.gatherings.findVisible({ id: input.gatheringId }, viewer);
    if (!(await this.roles.holdsAny(viewer.personId, 'network', input.networkId, [NetworkRole.FACILITATOR])))
      throw gatheringsError(GatheringsError.NotFacilitator);
    return this.registrations.model(await this.register(input), true, viewer);
  }

  /** Delegate places per network at a gathering the viewer may see, and who fills them. */
  async forGathering(gatheringId: string, viewer: Viewer): Promise<DelegatePlaces[]> {
    await this.gatherings.findVisible({ id: gatheringId }, viewer);
    return this.places(gatheringId, viewer);
  }

  /** Registers the nominee as a delegate under the gathering's row lock. */
  private async register(input: NominateDelegateInput): Promise<Registration> {
    if (!(await this.roles.holdsAny(input.personId, 'network', input.networkId, Object.values(NetworkRole))))
      throw gatheringsError(GatheringsError.NomineeNotInNetwork);
    return this.gatheringRows.transaction(async (trx) => {
      const gathering = await this.gatheringRows.lock(trx, input.gatheringId);
      if (!gathering) throw gatheringsError(GatheringsError.NotFound);
      const allotted = await this.repository.places(trx, gathering.id, input.networkId);
      if (allotted === undefined) throw gatheringsError(GatheringsError.NoDelegatePlaces);
      if ((await this.registrationRows.delegateCount(trx, gathering.id, input.networkId)) >= allotted)
        throw gatheringsError(GatheringsError.DelegatePlacesFilled, allotted);
      if (await this.registrationRows.active(gathering.id, input.personId, trx)) throw gatheringsError(GatheringsError.AlreadyRegistered);
      if (gathering.capacity !== null && gathering.registeredCount >= gathering.capacity)
        throw gatheringsError(GatheringsError.GatheringFull);
      const saved = await this.registrationRows.insert(trx, {
        gatheringId: gathering.id,
        personId: input.personId,
        status: RegistrationStatus.REGISTERED,
        representingNetworkIds: [input.networkId],
        delegateForNetworkId: input.networkId,
      });
      await this.gatheringRows.countPlaces(trx, gathering.id, 1);
      return saved;
    });
  }

  private async places(gatheringId: string, viewer: Viewer): Promise<DelegatePlaces[]> {
    const places = await this.networks.delegatePlaces(gatheringId, viewer);
    const delegates = await this.registrationRows.delegates(gatheringId);
    return places
      .map((p) => {
        const filling = delegates.filter((d) => d.networkId === p.network.id);
        return {
          network: p.network,
          places: p.places,
          delegates: filling.map((d) => d.name),
          delegatePeople: filling.map((d) => ({ id: d.id, displayName: d.name })),
        };
      })
      .sort((a, b) => a.network.name.localeCompare(b.network.name));
  }
}
