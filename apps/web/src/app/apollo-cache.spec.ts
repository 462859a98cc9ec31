import { gql } from '@apollo/client';
import { createCache } from './apollo-cache';

// "Show more" on every cursor list appends the next page to the one on screen (and a new filter is its own list).
const PEOPLE_MET = gql`
  query PeopleMetPages($after: String) {
    peopleMet(first: 2, after: $after) {
      edges {
        cursor
        node {
          id
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`;
const ASKS = gql`
  query AsksPages($after: String, $filter: AskOfferFilterInput) {
    asksOffers(first: 2, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`;
const CONVERSATIONS = gql`
  query ConversationPages($after: String, $following: Boolean) {
    conversations(first: 2, after: $after, following: $following) {
      edges {
        cursor
        node {
          id
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`;

const page = (type: string, ids: string[], hasNextPage: boolean) => ({
  __typename: `${type}Connection`,
  edges: ids.map((id) => ({ __typename: `${type}Edge`, cursor: `c-${id}`, node: { __typename: type, id } })),
  pageInfo: { __typename: 'PageInfo', endCursor: `c-${ids[ids.length - 1]}`, hasNextPage },
});

describe('cursor lists in the cache', () => {
  it.each([
    ['peopleMet', PEOPLE_MET, 'PeopleMet', 'Connection', {}],
    ['asksOffers', ASKS, 'AskOffer', 'AskOffer', { filter: { side: 'ASK' } }],
    ['conversations', CONVERSATIONS, 'Conversation', 'Conversation', { following: true }],
  ])('%s: the next page is appended', (field, query, connection, node, filter) => {
    const cache = createCache();
    const first = page(node, ['a', 'b'], true);
    first.__typename = `${connection}Connection`;
    const second = page(node, ['c'], false);
    second.__typename = `${connection}Connection`;
    cache.writeQuery({ query, variables: { ...filter }, data: { [field]: first } });
    cache.writeQuery({ query, variables: { ...filter, after: 'c-b' }, data: { [field]: second } });
    const read = cache.readQuery<Record<string, { edges: { node: { id: string } }[] }>>({ query, variables: { ...filter } });
    expect(read?.[field].edges.map((e) => e.node.id)).toEqual(['a', 'b', 'c']);
  });

  it('keeps each filter of a list apart', () => {
    const cache = createCache();
    cache.writeQuery({ query: ASKS, variables: { filter: { side: 'ASK' } }, data: { asksOffers: page('AskOffer', ['a'], false) } });
    cache.writeQuery({ query: ASKS, variables: { filter: { side: 'OFFER' } }, data: { asksOffers: page('AskOffer', ['o'], false) } });
    const asks = cache.readQuery<{ asksOffers: { edges: { node: { id: string } }[] } }>({
      query: ASKS,
      variables: { filter: { side: 'ASK' } },
    });
    expect(asks?.asksOffers.edges.map((e) => e.node.id)).toEqual(['a']);
  });
});
