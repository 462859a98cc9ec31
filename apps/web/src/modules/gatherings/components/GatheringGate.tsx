import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Navigate, useLocation, useParams } from 'react-router';
import type { GatheringFieldsFragment, PersonFieldsFragment } from '../../../gql/graphql';
import { ErrorState } from '../../../ui/ErrorState';
import { graphQLErrorCode } from '../../../ui/graphql-errors';
import { LoadingState } from '../../../ui/LoadingState';
import { useCurrentPerson } from '../../accounts';
import { GatheringQuery } from '../graphql/gathering.query';
import { GatheringNotFound } from './GatheringNotFound';
import { routes } from '../../../app/routes';

interface GatheringGateProps {
  /** Signed-out visitors are sent to sign in, and brought back to this page afterwards. */
  signedIn?: boolean;
  children: (props: { gathering: GatheringFieldsFragment; person: PersonFieldsFragment | null }) => ReactNode;
}

/** The gathering named by the route's :slug and who is looking, with loading, error and not-found states. */
export function GatheringGate({ signedIn = false, children }: GatheringGateProps) {
  const { slug = '' } = useParams();
  const { pathname, search } = useLocation();
  const { person, loading: personLoading } = useCurrentPerson();
  const mustSignIn = signedIn && !personLoading && !person;
  const { data, loading, error, refetch } = useQuery(GatheringQuery, {
    variables: { slug },
    // Nothing to read for someone about to be sent to sign in.
    skip: signedIn && !person,
    fetchPolicy: 'cache-and-network',
  });

  if (mustSignIn) return <Navigate to={routes.signIn({ next: pathname + search })} replace />;
  if (graphQLErrorCode(error) === 'NOT_FOUND') return <GatheringNotFound />;
  if (personLoading || (loading && !data)) return <LoadingState />;
  // refetch's own promise never rejects unhandled (Apollo catches it); its result shows through `error`/`data`.
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  if (!data) return null;
  return <>{children({ gathering: data.gathering, person })}</>;
}
