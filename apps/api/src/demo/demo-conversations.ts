import type { INestApplication } from '@nestjs/common';
import type { Viewer } from '../common/access/request-context.js';
import { AccountsService } from '../modules/accounts/accounts.service.js';
import { Reaction } from '../modules/conversations/conversation.enums.js';
import { ConversationsService } from '../modules/conversations/conversations.service.js';
import { PostsService } from '../modules/conversations/posts.service.js';
import { GatheringsService } from '../modules/gatherings/gatherings.service.js';

/**
 * The past workshop's follow-up conversations: the convener's seeded questions,
 * one ("How can the convener exit?") with replies in several threads, mentions,
 * reactions and a guest let in by an invitation link; and an open conversation.
 * Connor and Priya find notifications waiting.
 */
export async function loadDemoConversations(
  app: INestApplication,
  people: { connor: string; priya: string },
): Promise<{ conversations: number; posts: number }> {
  const as = (personId: string): Viewer => ({ personId, sessionId: 'demo-seed', isPlatformAdmin: false });
  const conversations = app.get(ConversationsService);
  const posts = app.get(PostsService);
  const accounts = app.get(AccountsService);
  const connor = as(people.connor);
  const priya = as(people.priya);
  const workshop = (await app.get(GatheringsService).forPerson(people.connor, true)).find(
    (g) => g.title === 'Community Connectors Workshop',
  );
  if (!workshop) return { conversations: 0, posts: 0 };
  const came: Viewer[] = [];
  for (let i = 1; i <= 4; i++) {
    const person = await accounts.byEmail(`participant${i}@demo.weave.test`);
    if (person) came.push(as(person.id));
  }
  const [sian, kwame, morag, bilal] = came;

  const seeded = await conversations.seed(
    {
      gatheringId: workshop.id,
      questions: ['How can the convener exit?', 'Who is missing from our map?', 'What will we do by the spring?'],
    },
    connor,
  );
  const exit = seeded[0].id;
  const page = await posts.page({ conversationId: exit, first: 1 }, connor);
  const question = page.edges[0].node.id;
  let written = seeded.length;
  const reply = async (who: Viewer, body: string, parentId: string | null, mentionedPersonIds: string[] = []) => {
    written += 1;
    return (await posts.add({ conversationId: exit, parentId, body, mentionedPersonIds }, who)).id;
  };

  // Thread one: hand the role on, with history.
  const handOver = await reply(
    sian,
    'Hand the role on while you are still around: a co-convener for a season, then they lead and you step back.',
    question,
  );
  await reply(kwame, 'We did this in the food network. The handover notes mattered more than the meeting.', handOver);
  await reply(connor, 'Yes — and record it in Weave, so the next person can see who held the role before them.', handOver);
  // Thread two: let the network carry itself.
  const selfSustaining = await reply(
    morag,
    'A network that needs its convener to hold every tie will not survive the convener leaving. Introduce people to each other, not to you.',
    question,
  );
  await reply(bilal, 'Could we try a rotating convener for the follow-up? Connor, would you be up for that?', selfSustaining, [
    people.connor,
  ]);
  await posts.react({ postId: selfSustaining, reaction: Reaction.AGREE, on: true }, sian);
  await posts.react({ postId: selfSustaining, reaction: Reaction.THANKS, on: true }, connor);
  await posts.react({ postId: handOver, reaction: Reaction.IDEA, on: true }, kwame);

  // Priya was not at the workshop: Siân's invitation link lets her in.
  const { code } = await conversations.invite(exit, sian);
  await conversations.join(code, priya);
  await reply(priya, 'I could not come, but our tenants’ network went through this last year. Happy to share what we learnt.', question);

  // An open conversation anyone signed in can join.
  await conversations.start(
    {
      title: 'Lending a ladder: small asks and offers',
      body: 'What small thing could you lend or need this month? Weak ties start here.',
      isQuestion: true,
      mentionedPersonIds: [],
      mentionedNetworkIds: [],
    },
    priya,
  );
  written += 1;
  return { conversations: seeded.length + 1, posts: written };
}
