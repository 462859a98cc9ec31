import { useQuery } from '@apollo/client/react';
import { MeQuery } from '../graphql/me.query';

/** The signed-in person (null when signed out), shared through the Apollo cache. */
export function useCurrentPerson() {
  const { data, loading, error, refetch } = useQuery(MeQuery);
  return { person: data?.me ?? null, loading: loading && !data, error, refetch };
}
