import { NetworkKind, NetworkScope, Region, Sector } from '../../modules/networks/network.enums.js';

/** UK regions with a few real places in each, for plausible names and map points. */
export const REGIONS: { region: Region; places: [string, number, number][] }[] = [
  {
    region: Region.SCOTLAND,
    places: [
      ['Glasgow', 55.8642, -4.2518],
      ['Edinburgh', 55.9533, -3.1883],
      ['Dundee', 56.462, -2.9707],
      ['Inverness', 57.4778, -4.2247],
      ['Paisley', 55.8456, -4.4239],
    ],
  },
  {
    region: Region.WALES,
    places: [
      ['Cardiff', 51.4816, -3.1791],
      ['Swansea', 51.6214, -3.9436],
      ['Wrexham', 53.0462, -2.993],
      ['Merthyr Tydfil', 51.7487, -3.3816],
      ['Aberystwyth', 52.4153, -4.0829],
    ],
  },
  {
    region: Region.NORTHERN_IRELAND,
    places: [
      ['Belfast', 54.5973, -5.9301],
      ['Derry', 54.9966, -7.3086],
      ['Newry', 54.1751, -6.3402],
    ],
  },
  {
    region: Region.NORTH_EAST,
    places: [
      ['Newcastle', 54.9783, -1.6178],
      ['Sunderland', 54.9069, -1.3838],
      ['Hexham', 54.9719, -2.1019],
      ['Middlesbrough', 54.5742, -1.235],
    ],
  },
  {
    region: Region.NORTH_WEST,
    places: [
      ['Manchester', 53.4808, -2.2426],
      ['Liverpool', 53.4084, -2.9916],
      ['Preston', 53.7632, -2.7031],
      ['Kendal', 54.3281, -2.7463],
      ['Oldham', 53.5409, -2.1114],
    ],
  },
  {
    region: Region.YORKSHIRE_AND_THE_HUMBER,
    places: [
      ['Sheffield', 53.3811, -1.4701],
      ['Leeds', 53.8008, -1.5491],
      ['Bradford', 53.796, -1.7594],
      ['Hull', 53.7676, -0.3274],
      ['Skipton', 53.9615, -2.0173],
    ],
  },
  {
    region: Region.EAST_MIDLANDS,
    places: [
      ['Nottingham', 52.9548, -1.1581],
      ['Leicester', 52.6369, -1.1398],
      ['Derby', 52.9225, -1.4746],
      ['Louth', 53.3665, -0.0061],
    ],
  },
  {
    region: Region.WEST_MIDLANDS,
    places: [
      ['Birmingham', 52.4862, -1.8904],
      ['Coventry', 52.4068, -1.5197],
      ['Stoke-on-Trent', 53.0027, -2.1794],
      ['Ludlow', 52.3675, -2.7188],
      ['Walsall', 52.5862, -1.9829],
    ],
  },
  {
    region: Region.EAST_OF_ENGLAND,
    places: [
      ['Norwich', 52.6309, 1.2974],
      ['Cambridge', 52.2053, 0.1218],
      ['Ipswich', 52.0567, 1.1482],
      ['Luton', 51.8787, -0.42],
    ],
  },
  {
    region: Region.LONDON,
    places: [
      ['Hackney', 51.545, -0.0553],
      ['Lewisham', 51.4452, -0.0209],
      ['Brent', 51.5588, -0.2817],
      ['Tower Hamlets', 51.5203, -0.0293],
      ['Croydon', 51.3762, -0.0982],
    ],
  },
  {
    region: Region.SOUTH_EAST,
    places: [
      ['Brighton', 50.8225, -0.1372],
      ['Oxford', 51.752, -1.2577],
      ['Hastings', 50.8543, 0.5735],
      ['Margate', 51.3813, 1.3862],
    ],
  },
  {
    region: Region.SOUTH_WEST,
    places: [
      ['Bristol', 51.4545, -2.5879],
      ['Plymouth', 50.3755, -4.1427],
      ['Exeter', 50.7184, -3.5339],
      ['Penzance', 50.1188, -5.5376],
      ['Stroud', 51.7457, -2.2178],
    ],
  },
];

/** Themes with a name word and a phrase for "the work". */
export const TOPICS: { theme: string; word: string; work: string }[] = [
  { theme: 'food', word: 'Food', work: 'food banks, pantries, community fridges and growers sharing surplus food' },
  { theme: 'housing', word: 'Housing', work: 'tenants, housing associations and advice workers tackling damp, rents and repairs' },
  { theme: 'loneliness', word: 'Befriending', work: 'befrienders and lunch clubs reaching people who are lonely or isolated' },
  { theme: 'young people', word: 'Youth', work: 'youth clubs and young leaders giving young people a say and a place to go' },
  { theme: 'climate', word: 'Climate', work: 'streets insulating homes together, repair cafés and community energy' },
  { theme: 'green spaces', word: 'Green Spaces', work: 'friends of parks and community gardeners caring for shared green space' },
  { theme: 'digital inclusion', word: 'Digital', work: 'digital champions lending devices and data so nobody is shut out' },
  { theme: 'mental health', word: 'Wellbeing', work: 'peer supporters and social prescribers helping people stay well' },
  { theme: 'migration', word: 'Sanctuary', work: 'refugees, people seeking asylum and volunteers welcoming newcomers' },
  { theme: 'carers', word: 'Carers', work: 'unpaid carers finding respite, advice and each other' },
  { theme: 'arts', word: 'Arts', work: 'artists and residents making culture together in everyday places' },
  { theme: 'transport', word: 'Transport', work: 'community transport, volunteer drivers and campaigners for buses that run' },
  { theme: 'employment', word: 'Good Work', work: 'employers, colleges and job clubs opening routes into good work' },
  { theme: 'older people', word: 'Later Life', work: 'older people shaping services and staying connected' },
  { theme: 'poverty', word: 'Anti-Poverty', work: 'people with lived experience of poverty and their allies changing the system' },
  { theme: 'disability', word: 'Disability', work: 'disabled people leading on access, rights and inclusion' },
  { theme: 'faith communities', word: 'Faiths', work: 'churches, mosques, gurdwaras and temples working across faiths' },
  { theme: 'community energy', word: 'Energy', work: 'energy co-operatives cutting bills and carbon together' },
  { theme: 'high street', word: 'High Street', work: 'traders and residents keeping the high street busy and welcoming' },
  { theme: 'sport', word: 'Sport', work: 'grassroots clubs using sport to bring people together' },
  { theme: 'families', word: 'Families', work: 'family hubs, toddler groups and parents supporting each other' },
  { theme: 'recovery', word: 'Recovery', work: 'people in recovery from addiction supporting each other' },
  { theme: 'community ownership', word: 'Community Assets', work: 'communities taking on pubs, halls and land for the common good' },
  { theme: 'heritage', word: 'Heritage', work: 'local historians and residents telling the story of the place' },
];

export const KIND_WORDS: Record<NetworkKind, string[]> = {
  [NetworkKind.COALITION]: ['Alliance', 'Coalition', 'Partnership', 'Network of Networks'],
  [NetworkKind.NETWORK]: ['Network', 'Forum', 'Circle', 'Collective', 'Hub'],
  [NetworkKind.ORGANISATION]: ['Trust', 'Co-operative', 'CIC', 'Project', 'Association'],
};

export const VALUES = [
  'Relationships before projects.',
  'Nothing about us without us.',
  'Everyone has something to give.',
  'Dignity, not charity.',
  'Whoever comes are the right people.',
  'Share power, credit and learning.',
  'Hold the end in mind.',
  'Trust the people closest to the ground.',
];

export const SECTORS = Object.values(Sector);
export const SCOPES_BY_KIND: Record<NetworkKind, NetworkScope[]> = {
  [NetworkKind.COALITION]: [NetworkScope.LOCAL, NetworkScope.REGIONAL, NetworkScope.NATIONAL],
  [NetworkKind.NETWORK]: [NetworkScope.NEIGHBOURHOOD, NetworkScope.LOCAL, NetworkScope.LOCAL, NetworkScope.REGIONAL],
  [NetworkKind.ORGANISATION]: [NetworkScope.NEIGHBOURHOOD, NetworkScope.LOCAL],
};
