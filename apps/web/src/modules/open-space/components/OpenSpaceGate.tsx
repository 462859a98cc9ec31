import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import type { GatheringFieldsFragment, PersonFieldsFragment } from '../../../gql/graphql';
import { ErrorState } from '../../../ui/ErrorState';
import { graphQLErrorCode } from '../../../ui/graphql-errors';
import { LoadingState } from '../../../ui/LoadingState';
import { useCurrentPerson } from '../../accounts/hooks/use-current-person';
import { GatheringNotFound } from '../../gatherings/components/GatheringNotFound';
import { GatheringQuery } from '../../gatherings/graphql/gathering.query';

interface OpenSpaceGateProps {
  children: (props: { gathering: GatheringFieldsFragment; person: PersonFieldsFragment | null }) => ReactNode;
}

/** The gathering named by the route's :slug and who is looking, with loading, error and not-found states. */
export function OpenSpaceGate({ children }: OpenSpaceGateProps) {
  const { slug = '' } = useParams();
  const { person, loading: personLoading } = useCurrentPerson();
  const { data, loading, error, refetch } = useQuery(GatheringQuery, { variables: { slug }, fetchPolicy: 'cache-and-network' });

  if (graphQLErrorCode(error) === 'NOT_FOUND') return <GatheringNotFound />;
  if (personLoading || (loading && !data)) return <LoadingState />;
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  if (!data) return null;
  return <>{children({ gathering: data.gathering, person })}</>;
}
