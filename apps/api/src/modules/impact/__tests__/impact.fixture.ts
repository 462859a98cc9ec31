import { GatheringStatus, RegistrationStatus } from '../../gatherings/gathering.enums.js';
import type { TestApp, TestPerson } from '../../../test/test-app.js';
import type { TestGathering, TestNetwork } from '../../../test/builders.js';

// A small world for the impact view: a coalition of two networks in different sectors, a gathering it
// convened, people who came for one network or the other, and ties between them (tests write the rows
// the relationships, feedback and asks-offers modules would, as builders do).

export const IMPACT_FIELDS = `fragment impact on Impact {
  subjectKind slug name periodKind fullView mayPublish published shown gatheringCount networkCount from until fewestPeopleShown
  bridgingSince bridgingNetworks bridgingEstimated
  total { key label startsAt figures { measure name scale value suppressed } }
  periods { key label startsAt figures { measure name scale value suppressed } }
}`;

export type ImpactField = 'gatheringImpact' | 'networkImpact' | 'coalitionImpact';

export const query = (field: ImpactField) =>
  `query($slug: String!, $from: DateTime, $until: DateTime) { ${field}(slug: $slug, from: $from, until: $until) { ...impact } }
  ${IMPACT_FIELDS}`;

export interface Figure {
  measure: string;
  name: string;
  scale: string | null;
  value: number | null;
  suppressed: boolean;
}
export interface Period {
  key: string;
  label: string;
  figures: Figure[];
}
export interface Impact {
  subjectKind: string;
  slug: string;
  name: string;
  fullView: boolean;
  mayPublish: boolean;
  published: string[];
  shown: string[];
  gatheringCount: number;
  networkCount: number;
  bridgingNetworks: number;
  total: Period;
  periods: Period[];
}

/** The figure `name` (of `scale`) of a period, as `{ value, suppressed }`; undefined when not there (a measure not shown). */
export function fig(period: Period, name: string, scale: string | null = null): Pick<Figure, 'value' | 'suppressed'> | undefined {
  const found = period.figures.find((f) => f.name === name && f.scale === scale);
  return found && { value: found.value, suppressed: found.suppressed };
}

export const shown = (value: number) => ({ value, suppressed: false });
export const SUPPRESSED = { value: null, suppressed: true };

export interface ImpactWorld {
  facilitator: TestPerson;
  convener: TestPerson;
  coalition: TestNetwork;
  community: TestNetwork;
  business: TestNetwork;
  gathering: TestGathering;
  /** People who came for the community network, then for the business. */
  communityPeople: TestPerson[];
  businessPeople: TestPerson[];
}

/** A coalition (its facilitator), two member networks in different sectors, a gathering the coalition convened, and `each` people from each network. */
export async function impactWorld(t: TestApp, each = 3, startsAt = new Date('2026-10-01T09:00:00Z')): Promise<ImpactWorld> {
  const facilitator = await t.newPerson();
  const convener = await t.newPerson();
  const coalition = await t.newNetwork(facilitator, { kind: 'COALITION', sectors: ['VOLUNTARY_SECTOR'] });
  const community = await t.newNetwork(facilitator, { sectors: ['COMMUNITY_GROUP'] });
  const business = await t.newNetwork(facilitator, { sectors: ['BUSINESS'] });
  await t.build.tie(community, coalition);
  await t.build.tie(business, coalition);
  const gathering = await t.build.gathering(convener, { networkIds: [coalition.id], startsAt, status: GatheringStatus.CLOSED });
  const cameFor = async (network: TestNetwork) => {
    const person = await t.newPerson();
    const { id } = await t.build.registration(person, gathering, RegistrationStatus.ATTENDED);
    await t.dataSource.query(`UPDATE registrations SET representing_network_ids = $1 WHERE id = $2`, [[network.id], id]);
    return person;
  };
  const communityPeople: TestPerson[] = [];
  const businessPeople: TestPerson[] = [];
  for (let i = 0; i < each; i++) {
    communityPeople.push(await cameFor(community));
    businessPeople.push(await cameFor(business));
  }
  return { facilitator, convener, coalition, community, business, gathering, communityPeople, businessPeople };
}

/** A tie between `a` (who came for `aNetworks`) and `b` at `gathering`: confirmed unless `proposed`. */
export async function tie(
  t: TestApp,
  gathering: Pick<TestGathering, 'id'>,
  [a, aNetworks]: [TestPerson, TestNetwork[]],
  [b, bNetworks]: [TestPerson, TestNetwork[]],
  { proposed = false, confirmedAt = new Date('2026-10-01T12:00:00Z') } = {},
): Promise<void> {
  const [first, second] =
    a.id < b.id
      ? ([
          [a, aNetworks],
          [b, bNetworks],
        ] as const)
      : ([
          [b, bNetworks],
          [a, aNetworks],
        ] as const);
  await t.dataSource.query(
    `INSERT INTO connections (first_person_id, second_person_id, proposed_by_id, gathering_id, first_network_ids, second_network_ids, status, confirmed_at)
     VALUES ($1, $2, $1, $3, $4, $5, $6, $7)`,
    [
      first[0].id,
      second[0].id,
      gathering.id,
      first[1].map((n) => n.id),
      second[1].map((n) => n.id),
      proposed ? 'proposed' : 'confirmed',
      proposed ? null : confirmedAt,
    ],
  );
}

/** An ask of `asking` met by an offer of `meeting`, each posted by its person (during `gathering` when given), closed at `closedAt`. */
export async function askMet(
  t: TestApp,
  [asking, asker]: [TestNetwork, TestPerson],
  [meeting, offerer]: [TestNetwork, TestPerson],
  { gathering = null as Pick<TestGathering, 'id'> | null, closedAt = new Date('2026-10-02T12:00:00Z') } = {},
): Promise<void> {
  const [{ id: offerId }] = (await t.dataSource.query(
    `INSERT INTO asks_offers (side, kind, title, ends_on, network_id, posted_by_id, gathering_id)
     VALUES ('offer', 'equipment', 'A minibus on Tuesdays', '2027-12-31', $1, $2, $3) RETURNING id`,
    [meeting.id, offerer.id, gathering?.id ?? null],
  )) as { id: string }[];
  await t.dataSource.query(
    `INSERT INTO asks_offers (side, kind, title, ends_on, network_id, posted_by_id, gathering_id, status, met_by_offer_id, met_by_network_id, closed_at, closed_by_id)
     VALUES ('ask', 'equipment', 'Transport to the food bank', '2027-12-31', $1, $2, $3, 'met', $4, $5, $6, $2)`,
    [asking.id, asker.id, gathering?.id ?? null, offerId, meeting.id, closedAt],
  );
}

/** `person`'s feedback form at `gathering` (`stage` before or after) with the five scales all at `value`. */
export async function feedback(
  t: TestApp,
  gathering: Pick<TestGathering, 'id'>,
  person: TestPerson,
  stage: 'before' | 'after',
  value: number,
) {
  await t.dataSource.query(
    `INSERT INTO feedback_responses (gathering_id, stage, person_id, networking, knowledge, confidence, trust, support)
     VALUES ($1, $2, $3, $4, $4, $4, $4, $4)`,
    [gathering.id, stage, person.id, value],
  );
}
