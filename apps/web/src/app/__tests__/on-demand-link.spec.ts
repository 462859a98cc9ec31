import { jest } from '@jest/globals';
import { ApolloClient, ApolloLink, gql, InMemoryCache } from '@apollo/client';
import { firstValueFrom, of } from 'rxjs';
import { onDemandLink } from '../apollo';

const RoomQuery = gql`
  query Room {
    room {
      id
    }
  }
`;

const answer = { data: { room: { __typename: 'Room', id: 'r-1' } } };

function clientOver(link: ApolloLink) {
  return new ApolloClient({ link, cache: new InMemoryCache() });
}

// The WebSocket's client is downloaded with the first subscription, not with the page.
describe('onDemandLink', () => {
  it('downloads nothing until an operation goes through it', () => {
    const load = jest.fn(() => Promise.resolve(new ApolloLink(() => of(answer))));
    onDemandLink(load);
    expect(load).not.toHaveBeenCalled();
  });

  it('sends each operation over the downloaded link, downloading it once', async () => {
    const server = jest.fn(() => of(answer));
    const load = jest.fn(() => Promise.resolve(new ApolloLink(server)));
    const client = clientOver(onDemandLink(load));

    await expect(client.query({ query: RoomQuery })).resolves.toMatchObject({ data: answer.data });
    await client.query({ query: RoomQuery, fetchPolicy: 'network-only' });

    expect(load).toHaveBeenCalledTimes(1);
    expect(server).toHaveBeenCalledTimes(2);
  });

  it('tries the download again after it failed', async () => {
    const load = jest
      .fn<() => Promise<ApolloLink>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(new ApolloLink(() => of(answer)));
    const link = onDemandLink(load);
    const client = clientOver(link);

    await expect(client.query({ query: RoomQuery })).rejects.toThrow('offline');
    await expect(firstValueFrom(ApolloLink.execute(link, { query: RoomQuery }, { client }))).resolves.toMatchObject(answer);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
