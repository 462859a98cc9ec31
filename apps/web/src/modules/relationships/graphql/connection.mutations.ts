import { graphql } from '../../../gql';

export const SayWeMetMutation = graphql(`
  mutation SayWeMet($input: SayWeMetInput!) {
    sayWeMet(input: $input) {
      ...ConnectionFields
    }
  }
`);

export const ConfirmConnectionMutation = graphql(`
  mutation ConfirmConnection($input: ConnectionIdInput!) {
    confirmConnection(input: $input) {
      ...ConnectionFields
    }
  }
`);

export const SetConnectionClosenessMutation = graphql(`
  mutation SetConnectionCloseness($input: SetClosenessInput!) {
    setConnectionCloseness(input: $input) {
      id
      closeness
    }
  }
`);

export const RemoveConnectionMutation = graphql(`
  mutation RemoveConnection($input: ConnectionIdInput!) {
    removeConnection(input: $input)
  }
`);
