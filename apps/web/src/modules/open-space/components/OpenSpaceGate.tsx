import type { ReactNode } from 'react';
import type { GatheringFieldsFragment, PersonFieldsFragment } from '../../../gql/graphql';
import { GatheringGate } from '../../gatherings';

interface OpenSpaceGateProps {
  children: (props: { gathering: GatheringFieldsFragment; person: PersonFieldsFragment | null }) => ReactNode;
}

/** The open-space pages' gate: anyone may look at the wall, a room or the board, signed in or not. */
export function OpenSpaceGate({ children }: OpenSpaceGateProps) {
  return <GatheringGate>{children}</GatheringGate>;
}
