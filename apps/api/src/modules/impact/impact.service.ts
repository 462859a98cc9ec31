import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../common/access/request-context.js';
import { GraphMeasuresService } from '../networks/graph/graph-measures.service.js';
import { GatheringStatus } from '../gatherings/gathering.enums.js';
import { NetworkKind } from '../networks/network.enums.js';
import type { ImpactArgs } from './dtos/impact.args.js';
import type { SetImpactPublicationsInput } from './dtos/set-impact-publications.input.js';
import { asksFigures, bridgingFigures, feedbackFigures, networkTiesFigures, reachFigures, tiesFigures } from './impact-figures.js';
import { ImpactMeasuresRepository, type MeasureScope } from './impact-measures.repository.js';
import { ImpactError, impactError } from './impact.errors.js';
import { FEWEST_PEOPLE_SHOWN, ImpactMeasure, ImpactPeriodKind, ImpactSubjectKind, MEASURES } from './impact.enums.js';
import { ImpactRepository, type ScopeGathering } from './impact.repository.js';
import type { ImpactFigure } from './models/impact-figure.model.js';
import type { ImpactPeriod } from './models/impact-period.model.js';
import type { ImpactPublicationsModel } from './models/impact-publications.model.js';
import type { ImpactModel } from './models/impact.model.js';

type Rows = Awaited<ReturnType<ImpactService['measure']>>;
interface Bridging {
  figures: ImpactFigure[];
  networks: number;
  estimated: boolean;
}
const quarterKey = (d: Date) => `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
const quarterStart = (key: string) => {
  const [year, q] = key.split('-Q').map(Number);
  return new Date(Date.UTC(year, (q - 1) * 3, 1));
};

/**
 * The relational impact view: figures, never individuals. Who sees what: facilitators of the network (and the
 * conveners of a gathering) every measure; everyone else only what the network published; a figure resting on
 * fewer than five people is suppressed for everyone. A network the viewer may not see is NOT_FOUND.
 */
@Injectable()
export class ImpactService {
  constructor(
    private readonly repository: ImpactRepository,
    private readonly measures: ImpactMeasuresRepository,
    private readonly graph: GraphMeasuresService,
  ) {}

  /** A gathering with its follow-ups, one period per gathering in date order. */
  async gathering(args: ImpactArgs, viewer: Viewer | null): Promise<ImpactModel> {
    this.checkRange(args);
    const subject = await this.repository.gatheringSubject(args.slug, viewer);
    if (!subject || (subject.status === GatheringStatus.DRAFT && !subject.full)) throw impactError(ImpactError.ImpactGatheringNotFound);
    const shown = subject.full ? MEASURES : subject.published;
    const { gatherings, seriesStartId } = await this.repository.seriesFrom(subject.id);
    const ids = gatherings.map((g) => g.id);
    const scope: MeasureScope = { byGathering: true, gatheringIds: ids, periods: ids, networkIds: [], from: null, until: null };
    const since = gatherings[0]?.startsAt ?? null;
    const [rows, bridging] = await Promise.all([
      this.measure(scope, shown, [seriesStartId, ...ids], viewer),
      shown.includes(ImpactMeasure.BRIDGING)
        ? this.measures.gatheringNetworks(ids, viewer).then((networkIds) => this.bridging(networkIds, since, viewer))
        : null,
    ]);
    return {
      subjectKind: ImpactSubjectKind.GATHERING,
      slug: subject.slug,
      name: subject.title,
      periodKind: ImpactPeriodKind.GATHERING,
      fullView: subject.full,
      mayPublish: false,
      published: subject.published,
      shown,
      gatheringCount: gatherings.length,
      networkCount: 0,
      from: null,
      until: null,
      fewestPeopleShown: FEWEST_PEOPLE_SHOWN,
      total: this.period(rows, null, { key: 'total', label: 'Total', startsAt: since }, shown, bridging?.figures),
      periods: gatherings.map((g) => this.period(rows, g.id, { key: g.slug, label: g.title, startsAt: g.startsAt }, shown)),
      ...this.bridgingHead(bridging, since),
    };
  }

  /** A network alone, or (withMembers) a coalition with every network in it the viewer may see; one period per quarter. */
  async network(args: ImpactArgs, withMembers: boolean, viewer: Viewer | null): Promise<ImpactModel> {
    this.checkRange(args);
    const subject = await this.repository.networkSubject({ slug: args.slug }, viewer);
    if (!subject) throw impactError(ImpactError.ImpactNetworkNotFound);
    if (withMembers && subject.kind !== NetworkKind.COALITION) throw impactError(ImpactError.NotACoalition);
    const shown = subject.full ? MEASURES : subject.published;
    const range = { from: args.from ?? null, until: args.until ?? null };
    const { networkIds, gatherings } = await this.repository.networkScope(subject.id, withMembers, viewer, range);
    const ids = gatherings.map((g) => g.id);
    const scope: MeasureScope = {
      byGathering: false,
      gatheringIds: ids,
      periods: gatherings.map((g) => quarterKey(g.startsAt)),
      networkIds,
      ...range,
    };
    const since = gatherings[0]?.startsAt ?? range.from;
    const [rows, bridging] = await Promise.all([
      this.measure(scope, shown, ids, viewer),
      shown.includes(ImpactMeasure.BRIDGING) ? this.bridging(networkIds, since, viewer) : null,
    ]);
    return {
      subjectKind: withMembers ? ImpactSubjectKind.COALITION : ImpactSubjectKind.NETWORK,
      slug: subject.slug,
      name: subject.name,
      periodKind: ImpactPeriodKind.QUARTER,
      fullView: subject.full,
      mayPublish: subject.full,
      published: subject.published,
      shown,
      gatheringCount: gatherings.length,
      networkCount: networkIds.length,
      ...range,
      fewestPeopleShown: FEWEST_PEOPLE_SHOWN,
      total: this.period(rows, null, { key: 'total', label: 'Total', startsAt: range.from ?? since }, shown, bridging?.figures),
      periods: this.quarters(rows, gatherings).map((key) =>
        this.period(rows, key, { key, label: key, startsAt: quarterStart(key) }, shown),
      ),
      ...this.bridgingHead(bridging, since),
    };
  }

  /** The measures each network publishes for everyone (public by choice, so no viewer is needed). */
  publishedBy(networkIds: readonly string[]): Promise<ImpactMeasure[][]> {
    return this.repository.publishedBy(networkIds);
  }

  async setPublications(input: SetImpactPublicationsInput, viewer: Viewer): Promise<ImpactPublicationsModel> {
    const subject = await this.repository.networkSubject({ id: input.networkId }, viewer);
    if (!subject) throw impactError(ImpactError.ImpactNetworkNotFound);
    if (!subject.full) throw impactError(ImpactError.NotImpactPublisher);
    return { networkId: subject.id, measures: await this.repository.setPublications(subject.id, input.measures) };
  }

  private checkRange(args: ImpactArgs): void {
    if (args.from && args.until && args.from >= args.until) throw impactError(ImpactError.ImpactRangeBackwards);
  }

  /**
   * Only the measures shown are counted (a statement each, whatever the number of gatherings and networks). They
   * are independent reads, so they run at once, each on its own pooled connection.
   */
  private async measure(scope: MeasureScope, shown: readonly ImpactMeasure[], beforeIds: readonly string[], viewer: Viewer | null) {
    const when = <T>(measure: ImpactMeasure, run: () => Promise<T[]>): Promise<T[]> =>
      shown.includes(measure) ? run() : Promise.resolve([]);
    const none = scope.gatheringIds.length === 0;
    const [ties, networkTies, reach, asks, feedback] = await Promise.all([
      when(ImpactMeasure.NEW_TIES, () => this.measures.ties(scope, viewer)),
      when(ImpactMeasure.NETWORK_TIES, () => this.measures.networkTies(scope, viewer)),
      when(ImpactMeasure.INVITATION_REACH, () => (none ? Promise.resolve([]) : this.measures.reach(scope, viewer))),
      when(ImpactMeasure.ASKS_MET, () => this.measures.asksMet(scope, viewer)),
      when(ImpactMeasure.FEEDBACK, () => (none ? Promise.resolve([]) : this.measures.feedback(scope, beforeIds))),
    ]);
    return { ties, networkTies, reach, asks, feedback };
  }

  private period(
    rows: Rows,
    key: string | null,
    head: Pick<ImpactPeriod, 'key' | 'label' | 'startsAt'>,
    shown: readonly ImpactMeasure[],
    bridging: ImpactFigure[] = [],
  ): ImpactPeriod {
    const find = <T extends { period: string | null }>(list: T[]) => list.find((r) => r.period === key);
    const when = (measure: ImpactMeasure, figures: () => ImpactFigure[]) => (shown.includes(measure) ? figures() : []);
    return {
      ...head,
      figures: [
        ...when(ImpactMeasure.NEW_TIES, () => tiesFigures(find(rows.ties))),
        ...when(ImpactMeasure.NETWORK_TIES, () => networkTiesFigures(find(rows.networkTies))),
        ...bridging,
        ...when(ImpactMeasure.INVITATION_REACH, () => reachFigures(find(rows.reach))),
        ...when(ImpactMeasure.ASKS_MET, () => asksFigures(find(rows.asks))),
        ...when(ImpactMeasure.FEEDBACK, () => feedbackFigures(find(rows.feedback))),
      ],
    };
  }

  private bridgingHead(
    bridging: Bridging | null,
    since: Date | null,
  ): Pick<ImpactModel, 'bridgingSince' | 'bridgingNetworks' | 'bridgingEstimated'> {
    return {
      bridgingSince: bridging ? since : null,
      bridgingNetworks: bridging?.networks ?? 0,
      bridgingEstimated: bridging?.estimated ?? false,
    };
  }

  /** The quarters with anything in them (a gathering, or a figure), oldest first. */
  private quarters(rows: Rows, gatherings: ScopeGathering[]): string[] {
    const keys = new Set(gatherings.map((g) => quarterKey(g.startsAt)));
    for (const list of Object.values(rows)) for (const row of list) if (row.period) keys.add(row.period);
    return [...keys].sort();
  }

  /** Mean betweenness of `networkIds` in the map without the ties made since `since` (before) and with them (after). */
  private async bridging(networkIds: readonly string[], since: Date | null, viewer: Viewer | null): Promise<Bridging> {
    const { before, after, tiesAddedTouching } = await this.graph.bridging(viewer, since);
    const mean = (of: (id: string) => number) =>
      networkIds.length ? networkIds.reduce((sum, id) => sum + of(id), 0) / networkIds.length : null;
    return {
      // Ties of these networks made since then (ties elsewhere in the map are not theirs to report).
      figures: bridgingFigures(mean(before.of), mean(after.of), tiesAddedTouching(networkIds)),
      networks: networkIds.length,
      estimated: after.estimated,
    };
  }
}
