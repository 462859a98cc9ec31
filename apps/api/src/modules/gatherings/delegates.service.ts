import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, Not, type DataSource } from 'typeorm';
import { badUserInput, conflict, notFound } from '../../common/errors/app-error.js';
import { NetworkSummary } from '../networks/network-membership.model.js';
import { LifecycleStage, NetworkRole } from '../networks/network.enums.js';
// eslint-disable-next-line boundaries/dependencies -- issue 10: another module's internals; its owner is moving this behind a public export
import { RoleAssignmentEntity } from '../roles/role-assignment.entity.js';
import { DelegatePlacesEntity } from './delegate-places.entity.js';
import type { DelegatePlaces } from './delegates.model.js';
import type { NominateDelegateInput, SetDelegatePlacesInput } from './dtos/delegates.input.js';
import { GatheringEntity } from './gathering.entity.js';
import { RegistrationStatus } from './gathering.enums.js';
import { GatheringsError, gatheringsError } from './gatherings.errors.js';
import { RegistrationEntity } from './registration.entity.js';

/** Representation: delegate places per network, filled by the network's facilitators. */
@Injectable()
export class DelegatesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Places for a network that exists and has not closed (taking places away is always allowed). */
  async setPlaces(input: SetDelegatePlacesInput): Promise<void> {
    const [network]: { stage: LifecycleStage }[] = await this.dataSource.query(
      `SELECT lifecycle_stage AS stage FROM networks WHERE id = $1`,
      [input.networkId],
    );
    if (!network) throw notFound('network');
    if (network.stage === LifecycleStage.CLOSED && input.places > 0) {
      throw conflict('This network has closed, so it cannot send delegates. Choose a network that is still running.');
    }
    const repo = this.dataSource.getRepository(DelegatePlacesEntity);
    if (input.places === 0) await repo.delete({ gatheringId: input.gatheringId, networkId: input.networkId });
    else
      await repo.upsert({ gatheringId: input.gatheringId, networkId: input.networkId, places: input.places }, ['gatheringId', 'networkId']);
  }

  /** Registers the nominee as a delegate, within the network's places and the gathering's capacity (under its row lock). */
  async nominate(input: NominateDelegateInput): Promise<RegistrationEntity> {
    const inNetwork = await this.dataSource
      .getRepository(RoleAssignmentEntity)
      .existsBy({ personId: input.personId, scopeType: 'network', scopeId: input.networkId, endedAt: IsNull() });
    if (!inNetwork) throw badUserInput({ personId: 'Nominate someone who is in the network (invite them to it first).' });
    return this.dataSource.transaction(async (manager) => {
      const gathering = await manager
        .getRepository(GatheringEntity)
        .findOne({ where: { id: input.gatheringId }, lock: { mode: 'pessimistic_write' } });
      if (!gathering) throw gatheringsError(GatheringsError.NotFound);
      const allotted = await manager
        .getRepository(DelegatePlacesEntity)
        .findOneBy({ gatheringId: gathering.id, networkId: input.networkId });
      if (!allotted) throw conflict('This network has no delegate places at this gathering.');
      const registrations = manager.getRepository(RegistrationEntity);
      const filled = await registrations.countBy({
        gatheringId: gathering.id,
        delegateForNetworkId: input.networkId,
        status: Not(RegistrationStatus.CANCELLED),
      });
      if (filled >= allotted.places) throw conflict(`All ${allotted.places} delegate places of this network are filled.`);
      if (
        await registrations.existsBy({ gatheringId: gathering.id, personId: input.personId, status: Not(RegistrationStatus.CANCELLED) })
      ) {
        throw gatheringsError(GatheringsError.AlreadyRegistered);
      }
      const hasPlace = gathering.capacity === null || gathering.registeredCount < gathering.capacity;
      if (!hasPlace) throw conflict('The gathering is full: ask the conveners for more places.');
      const saved = await registrations.save(
        registrations.create({
          gatheringId: gathering.id,
          personId: input.personId,
          status: RegistrationStatus.REGISTERED,
          representingNetworkIds: [input.networkId],
          delegateForNetworkId: input.networkId,
        }),
      );
      await manager.getRepository(GatheringEntity).increment({ id: gathering.id }, 'registeredCount', 1);
      return saved;
    });
  }

  async forGathering(gatheringId: string): Promise<DelegatePlaces[]> {
    const places = await this.dataSource.getRepository(DelegatePlacesEntity).find({ where: { gatheringId }, relations: { network: true } });
    const delegates: { network: string; id: string; name: string }[] = await this.dataSource.query(
      `SELECT r.delegate_for_network_id AS network, p.id, p.display_name AS name FROM registrations r JOIN people p ON p.id = r.person_id
        WHERE r.gathering_id = $1 AND r.delegate_for_network_id IS NOT NULL AND r.status <> 'cancelled' ORDER BY r.arrival`,
      [gatheringId],
    );
    return places
      .map((p) => ({
        network: NetworkSummary.from(p.network!),
        places: p.places,
        delegates: delegates.filter((d) => d.network === p.networkId).map((d) => d.name),
        delegatePeople: delegates.filter((d) => d.network === p.networkId).map((d) => ({ id: d.id, displayName: d.name })),
      }))
      .sort((a, b) => a.network.name.localeCompare(b.network.name));
  }

  /** Facilitators of the network nominate. */
  isFacilitator(personId: string, networkId: string): Promise<boolean> {
    return this.dataSource
      .getRepository(RoleAssignmentEntity)
      .existsBy({ personId, scopeType: 'network', scopeId: networkId, role: NetworkRole.FACILITATOR, endedAt: IsNull() });
  }
}
