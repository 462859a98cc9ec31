import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Navigate, useLocation, useParams } from 'react-router';
import type { GatheringFieldsFragment, PersonFieldsFragment } from '../../../gql/graphql';
import { ErrorState } from '../../../ui/ErrorState';
import { graphQLErrorCode } from '../../../ui/graphql-errors';
import { LoadingState } from '../../../ui/LoadingState';
import { useCurrentPerson } from '../../accounts/hooks/use-current-person';
import { signInPathFor } from '../../accounts/utils/safe-next-path';
import { GatheringQuery } from '../graphql/gathering.query';
import { GatheringNotFound } from './GatheringNotFound';

interface GatheringGateProps {
  /** Signed-out people are sent to sign in and brought back here. */
  signedIn?: boolean;
  children: (props: { gathering: GatheringFieldsFragment; person: PersonFieldsFragment | null }) => ReactNode;
}

/** The gathering named by the route's :slug and who is looking, with loading, error and not-found states. */
export function GatheringGate({ signedIn = false, children }: GatheringGateProps) {
  const { slug = '' } = useParams();
  const { pathname } = useLocation();
  const { person, loading: personLoading } = useCurrentPerson();
  const { data, loading, error, refetch } = useQuery(GatheringQuery, {
    variables: { slug },
    skip: signedIn && !person,
    fetchPolicy: 'cache-and-network',
  });

  if (signedIn && !personLoading && !person) return <Navigate to={signInPathFor(pathname)} replace />;
  if (graphQLErrorCode(error) === 'NOT_FOUND') return <GatheringNotFound />;
  if (personLoading || (loading && !data)) return <LoadingState />;
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  if (!data) return null;
  return <>{children({ gathering: data.gathering, person })}</>;
}
