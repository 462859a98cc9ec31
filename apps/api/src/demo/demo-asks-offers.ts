import type { INestApplication } from '@nestjs/common';
import type { Viewer } from '../common/access/request-context.js';
import { AccountsService } from '../modules/accounts/accounts.service.js';
import { AskOfferKind, AskOfferOutcome, AskOfferSide } from '../modules/asks-offers/asks-offers.enums.js';
import { AsksOffersService } from '../modules/asks-offers/asks-offers.service.js';
import type { PostAskOfferInput } from '../modules/asks-offers/dtos/post-ask-offer.input.js';
import { GatheringsService } from '../modules/gatherings/gatherings.service.js';
import { NetworksService } from '../modules/networks/directory/networks.service.js';

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Asks and offers across the demo networks: the food network's "peanut butter for the food bank"
 * matched by a Sheffield food network's surplus and introduced; the Men's Shed's "minibus on
 * Tuesdays" met by a neighbour's offer; Heeley Climate Action's bikes mended by the Shed (met across
 * networks, so both show reciprocity); a few more open ones, one on the open-space wall, and one withdrawn.
 */
export async function loadDemoAsksOffers(
  app: INestApplication,
  people: { faith: string; connor: string; priya: string },
): Promise<{ posts: number; introduced: number; met: number }> {
  const as = (personId: string): Viewer => ({ personId, sessionId: 'demo-seed', isPlatformAdmin: false });
  const service = app.get(AsksOffersService);
  const networks = app.get(NetworksService);
  const faith = as(people.faith);
  const connor = as(people.connor);
  const priya = as(people.priya);
  const network = async (slug: string) => (await networks.bySlug(slug, faith)).id;
  const kwame = await app.get(AccountsService).byEmail('participant2@demo.weave.test');
  let posts = 0;
  const post = async (who: Viewer, input: Omit<PostAskOfferInput, 'description' | 'area' | 'themes'> & Partial<PostAskOfferInput>) => {
    posts += 1;
    return service.post({ description: '', area: '', themes: [], ...input } as PostAskOfferInput, who);
  };

  const peanutButter = await post(faith, {
    side: AskOfferSide.ASK,
    kind: AskOfferKind.OTHER,
    title: 'Peanut butter for the food bank',
    description: 'Our parcels are short of peanut butter and other spreads this winter: jars in date, any brand.',
    themes: ['food', 'poverty'],
    area: 'Aberdare',
    endsOn: daysFromNow(45),
    networkId: await network('cynon-valley-food-network'),
  });
  const surplus = await post(connor, {
    side: AskOfferSide.OFFER,
    kind: AskOfferKind.OTHER,
    title: 'Peanut butter and tins from supermarket surplus',
    description: 'A supermarket gave us 200 jars of peanut butter near their date. We can post boxes to other food banks.',
    themes: ['food', 'food justice'],
    area: 'Sheffield, and by post',
    endsOn: daysFromNow(30),
    networkId: await network('sharrow-food-justice-network'),
  });
  await service.introduce(
    {
      askId: peanutButter.id,
      offerId: surplus.id,
      message: 'Faith, we have more peanut butter than we can give out. How many jars would help?',
    },
    connor,
  );

  const minibus = await post(faith, {
    side: AskOfferSide.ASK,
    kind: AskOfferKind.EQUIPMENT,
    title: 'A minibus on Tuesdays',
    description: 'To bring older men from Hirwaun and Penywaun to the Shed every Tuesday morning, and home again.',
    themes: ['transport', 'older people', 'loneliness'],
    area: 'Aberdare',
    endsOn: daysFromNow(60),
    networkId: await network('aberdare-mens-shed'),
  });
  let met = 0;
  if (kwame) {
    const van = await post(as(kwame.id), {
      side: AskOfferSide.OFFER,
      kind: AskOfferKind.EQUIPMENT,
      title: 'Community minibus with a driver, free on Tuesdays',
      description: 'Our chapel’s sixteen-seat minibus sits idle on Tuesdays; I can drive it.',
      themes: ['transport', 'older people'],
      area: 'Cynon Valley',
      endsOn: daysFromNow(90),
    });
    await service.introduce({ askId: minibus.id, offerId: van.id }, faith);
    await service.markMet({ askId: minibus.id, offerId: van.id }, faith);
    met += 1;
  }

  const bikes = await post(connor, {
    side: AskOfferSide.ASK,
    kind: AskOfferKind.SKILLS,
    title: 'Help mending donated bikes',
    description: 'Forty donated bikes need brakes and gears looked at before the spring ride-to-school week.',
    themes: ['repair', 'climate'],
    area: 'Sheffield',
    endsOn: daysFromNow(40),
    networkId: await network('heeley-climate-action'),
  });
  const repairs = await post(faith, {
    side: AskOfferSide.OFFER,
    kind: AskOfferKind.SKILLS,
    title: 'Repair skills: our shed mends bikes and tools',
    description: 'The Shed’s members mend bikes, tools and furniture, and teach anyone who wants to learn.',
    themes: ['repair', 'older people'],
    area: 'Aberdare, or a weekend visit',
    endsOn: daysFromNow(120),
    networkId: await network('aberdare-mens-shed'),
  });
  await service.introduce({ askId: bikes.id, offerId: repairs.id }, faith);
  await service.markMet({ askId: bikes.id, offerId: repairs.id }, connor);
  met += 1;

  await post(priya, {
    side: AskOfferSide.OFFER,
    kind: AskOfferKind.SPACE,
    title: 'Kitchen space on Monday evenings',
    description: 'A community kitchen with six hobs, free on Mondays from 5pm for any group cooking together.',
    themes: ['food', 'space'],
    area: 'Govanhill, Glasgow',
    endsOn: daysFromNow(90),
    networkId: await network('govanhill-community-kitchen'),
  });
  await post(connor, {
    side: AskOfferSide.ASK,
    kind: AskOfferKind.EQUIPMENT,
    title: 'Laptops for the homework club',
    description: 'Ten working laptops, wiped, for children without a computer at home.',
    themes: ['digital inclusion', 'young people'],
    area: 'Darnall, Sheffield',
    endsOn: daysFromNow(50),
    networkId: await network('darnall-digital-inclusion-partnership'),
  });
  const withdrawn = await post(faith, {
    side: AskOfferSide.ASK,
    kind: AskOfferKind.TIME,
    title: 'Volunteers for the Christmas hamper packing',
    themes: ['food', 'volunteering'],
    area: 'Aberdare',
    endsOn: daysFromNow(20),
    networkId: await network('cynon-valley-food-network'),
  });
  await service.close({ id: withdrawn.id, outcome: AskOfferOutcome.WITHDRAWN }, faith);

  // On the open-space wall of the day its convener ran.
  const day = (await app.get(GatheringsService).forPerson(people.connor, true)).find((g) => g.title === 'Cynon Valley Open Space');
  if (day) {
    await post(connor, {
      side: AskOfferSide.OFFER,
      kind: AskOfferKind.TIME,
      title: 'A facilitator for your next open-space day',
      description: 'I can hold the space for a day, once a season, for any network in the valley.',
      themes: ['facilitation'],
      area: 'Cynon Valley',
      endsOn: daysFromNow(180),
      gatheringId: day.id,
    });
  }
  return { posts, introduced: 3, met };
}
