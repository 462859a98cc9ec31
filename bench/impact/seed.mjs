// Impact data on top of the scale directory: the best-connected public coalition convenes a series of
// gatherings (a follow-up chain); people come for its member networks, meet (confirmed ties, and some
// one-sided ones that must not count), pass invitations on, answer feedback before and after, and
// meet each other's asks. Seeded with SQL in bulk (unnest), deterministic from the seed.
import { randomUUID } from 'node:crypto';

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function seedImpact(client, { gatherings = 12, perGathering = 150, seed = 7 } = {}) {
  const random = rng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const { rows: coalitions } = await client.query(
    `SELECT m.parent_id AS id, n.slug FROM network_memberships m JOIN networks n ON n.id = m.parent_id
      WHERE n.kind = 'coalition' AND n.visibility = 'public' AND m.status = 'active'
      GROUP BY m.parent_id, n.slug ORDER BY count(*) DESC, m.parent_id LIMIT 1`,
  );
  const coalition = coalitions[0];
  const { rows: memberRows } = await client.query(
    `SELECT member_id AS id FROM network_memberships WHERE parent_id = $1 AND status = 'active'`,
    [coalition.id],
  );
  const members = memberRows.map((r) => r.id);
  const { rows: peopleRows } = await client.query(`SELECT id FROM people ORDER BY id LIMIT 3000`);
  const people = peopleRows.map((r) => r.id);
  const facilitator = people[0];
  await client.query(`INSERT INTO role_assignments (person_id, scope_type, scope_id, role) VALUES ($1, 'network', $2, 'facilitator')`, [
    facilitator,
    coalition.id,
  ]);

  const series = [];
  let previous = null;
  for (let i = 0; i < gatherings; i++) {
    const id = randomUUID();
    const startsAt = new Date(Date.UTC(2024, i * 2, 10, 9));
    await client.query(
      `INSERT INTO gatherings (id, slug, title, format, starts_at, ends_at, time_zone, status, follow_up_of_id, created_by_id)
       VALUES ($1, $2, $3, 'in_person', $4, $4::timestamptz + interval '3 hours', 'Europe/London', 'closed', $5, $6)`,
      [id, `impact-bench-${i + 1}`, `Impact bench workshop ${i + 1}`, startsAt, previous, facilitator],
    );
    await client.query(`INSERT INTO gathering_conveners (gathering_id, network_id) VALUES ($1, $2)`, [id, coalition.id]);
    series.push({ id, startsAt, slug: `impact-bench-${i + 1}` });
    previous = id;
  }

  const registrations = { gathering: [], person: [], networks: [], id: [] };
  const came = new Map();
  for (const g of series) {
    const here = new Set();
    while (here.size < perGathering) here.add(pick(people));
    came.set(g.id, [...here]);
    for (const person of here) {
      registrations.gathering.push(g.id);
      registrations.person.push(person);
      registrations.networks.push(`{${pick(members)}}`);
      registrations.id.push(randomUUID());
    }
  }
  await client.query(
    `INSERT INTO registrations (id, gathering_id, person_id, status, representing_network_ids)
     SELECT id, g, p, 'registered', n::uuid[] FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[]) AS t(id, g, p, n)`,
    [registrations.id, registrations.gathering, registrations.person, registrations.networks],
  );
  const networksOf = new Map(registrations.person.map((p, i) => [`${registrations.gathering[i]}:${p}`, registrations.networks[i]]));

  const ties = { first: [], second: [], gathering: [], firstNetworks: [], secondNetworks: [], status: [], confirmed: [] };
  const pairs = new Set();
  for (const g of series) {
    const list = came.get(g.id);
    for (let k = 0; k < perGathering * 2; k++) {
      const [a, b] = [pick(list), pick(list)].sort();
      if (a === b || pairs.has(`${a}:${b}`)) continue;
      pairs.add(`${a}:${b}`);
      const proposed = random() < 0.15;
      ties.first.push(a);
      ties.second.push(b);
      ties.gathering.push(g.id);
      ties.firstNetworks.push(networksOf.get(`${g.id}:${a}`));
      ties.secondNetworks.push(networksOf.get(`${g.id}:${b}`));
      ties.status.push(proposed ? 'proposed' : 'confirmed');
      ties.confirmed.push(proposed ? null : new Date(g.startsAt.getTime() + 3600_000));
    }
  }
  await client.query(
    `INSERT INTO connections (first_person_id, second_person_id, proposed_by_id, gathering_id, first_network_ids, second_network_ids, status, confirmed_at)
     SELECT a, b, a, g, fa::uuid[], fb::uuid[], s, c
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::timestamptz[]) AS t(a, b, g, fa, fb, s, c)`,
    [ties.first, ties.second, ties.gathering, ties.firstNetworks, ties.secondNetworks, ties.status, ties.confirmed],
  );

  // Ties between member networks made after the series began (their people had met).
  for (let k = 0; k < 40; k++) {
    const [a, b] = [pick(members), pick(members)];
    if (a === b) continue;
    await client
      .query(
        `INSERT INTO network_memberships (member_id, parent_id, status, since, created_at) VALUES ($1, $2, 'active', now(), $3)
       ON CONFLICT DO NOTHING`,
        [a, b, new Date(Date.UTC(2025, k % 12, 1))],
      )
      .catch(() => undefined);
  }

  // Invitations: a cascade per gathering, and some places taken through it.
  for (const g of series) {
    const issued = [];
    for (let k = 0; k < 30; k++) {
      const id = randomUUID();
      await client.query(
        `INSERT INTO gathering_invitations (id, code, gathering_id, issued_by_id, network_id, parent_id) VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          id,
          `b${id.replaceAll('-', '').slice(0, 30)}`,
          g.id,
          pick(came.get(g.id)),
          pick(members),
          issued.length && random() < 0.8 ? pick(issued) : null,
        ],
      );
      issued.push(id);
    }
    await client.query(
      `UPDATE registrations SET invitation_id = ($2::uuid[])[1 + (abs(hashtext(id::text)) % 30)]
        WHERE gathering_id = $1 AND abs(hashtext(person_id::text)) % 3 = 0`,
      [g.id, issued],
    );
  }

  // Feedback: before at the first workshop, after at each.
  const fb = { gathering: [], person: [], stage: [], value: [] };
  const answer = (gathering, person, stage, value) => {
    fb.gathering.push(gathering);
    fb.person.push(person);
    fb.stage.push(stage);
    fb.value.push(value);
  };
  for (const person of came.get(series[0].id).slice(0, 100)) answer(series[0].id, person, 'before', 2 + Math.floor(random() * 2));
  for (const g of series) for (const person of came.get(g.id).slice(0, 80)) answer(g.id, person, 'after', 3 + Math.floor(random() * 3));
  await client.query(
    `INSERT INTO feedback_responses (gathering_id, person_id, stage, networking, knowledge, confidence, trust, support)
     SELECT g, p, s, v, v, v, v, v FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[]) AS t(g, p, s, v)
     ON CONFLICT DO NOTHING`,
    [fb.gathering, fb.person, fb.stage, fb.value],
  );

  // Asks of one member network met by another's offer, some during the gatherings.
  for (let k = 0; k < 200; k++) {
    const [asking, meeting] = [pick(members), pick(members)];
    if (asking === meeting) continue;
    const g = pick(series);
    const offer = randomUUID();
    await client.query(
      `INSERT INTO asks_offers (id, side, kind, title, ends_on, network_id, posted_by_id, gathering_id)
       VALUES ($1, 'offer', 'equipment', 'A van on Tuesdays', '2027-12-31', $2, $3, $4)`,
      [offer, meeting, pick(people), g.id],
    );
    await client.query(
      `INSERT INTO asks_offers (side, kind, title, ends_on, network_id, posted_by_id, gathering_id, status, met_by_offer_id, met_by_network_id, closed_at)
       VALUES ('ask', 'equipment', 'Transport to the pantry', '2027-12-31', $1, $2, $3, 'met', $4, $5, $6)`,
      [asking, pick(people), g.id, offer, meeting, new Date(g.startsAt.getTime() + 7 * 86_400_000)],
    );
  }
  await client.query(
    `INSERT INTO impact_publications (network_id, measure)
     SELECT $1, m FROM unnest(ARRAY['new_ties','network_ties','bridging','invitation_reach','asks_met','feedback']) AS m`,
    [coalition.id],
  );
  return {
    coalition: coalition.slug,
    members: members.length,
    facilitator,
    firstGathering: series[0].slug,
    gatherings: series.length,
    registrations: registrations.id.length,
    ties: ties.first.length,
  };
}
