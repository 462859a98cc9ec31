import type { NetworkManageQuery } from '../../../../gql/graphql';

export type ManagedNetwork = NetworkManageQuery['network'];

// After a change, reload the manage query so every section (and the profile, which shares the cache) is right.
export const refetchManagedNetwork = { refetchQueries: ['NetworkManage'], awaitRefetchQueries: true };
