/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Me {\n    me {\n      ...PersonFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment PersonFields on Person {\n    id\n    displayName\n    pronouns\n    bio\n    locale\n    email\n  }\n": typeof types.PersonFieldsFragmentDoc,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  fragment NetworkCardFields on Network {\n    id\n    slug\n    name\n    kind\n    purpose\n    themes\n    area {\n      placeName\n      region\n    }\n    isClosed\n    memberCount\n  }\n": typeof types.NetworkCardFieldsFragmentDoc,
    "\n  fragment NetworkFields on Network {\n    id\n    slug\n    name\n    kind\n    purpose\n    values\n    description\n    themes\n    sectors\n    area {\n      placeName\n      region\n      latitude\n      longitude\n    }\n    scope\n    lifecycleStage\n    isClosed\n    closingNote\n    visibility\n    website\n    contact\n    memberCount\n    viewerRoles\n    createdAt\n  }\n": typeof types.NetworkFieldsFragmentDoc,
    "\n  query Network($slug: String!) {\n    network(slug: $slug) {\n      ...NetworkFields\n    }\n  }\n": typeof types.NetworkDocument,
    "\n  query NetworksDirectory($search: String, $filter: NetworkFilter, $sort: NetworkSort!, $first: Int!, $after: String) {\n    networks(search: $search, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...NetworkCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        kinds {\n          value\n          count\n        }\n        sectors {\n          value\n          count\n        }\n        scopes {\n          value\n          count\n        }\n        lifecycleStages {\n          value\n          count\n        }\n        regions {\n          value\n          count\n        }\n        themes {\n          value\n          count\n        }\n      }\n    }\n  }\n": typeof types.NetworksDirectoryDocument,
    "\n  mutation RegisterNetwork($input: RegisterNetworkInput!) {\n    registerNetwork(input: $input) {\n      ...NetworkFields\n    }\n  }\n": typeof types.RegisterNetworkDocument,
    "\n  mutation UpdateNetwork($input: UpdateNetworkInput!) {\n    updateNetwork(input: $input) {\n      ...NetworkFields\n    }\n  }\n": typeof types.UpdateNetworkDocument,
};
const documents: Documents = {
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query Me {\n    me {\n      ...PersonFields\n    }\n  }\n": types.MeDocument,
    "\n  fragment PersonFields on Person {\n    id\n    displayName\n    pronouns\n    bio\n    locale\n    email\n  }\n": types.PersonFieldsFragmentDoc,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...PersonFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...PersonFields\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...PersonFields\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  fragment NetworkCardFields on Network {\n    id\n    slug\n    name\n    kind\n    purpose\n    themes\n    area {\n      placeName\n      region\n    }\n    isClosed\n    memberCount\n  }\n": types.NetworkCardFieldsFragmentDoc,
    "\n  fragment NetworkFields on Network {\n    id\n    slug\n    name\n    kind\n    purpose\n    values\n    description\n    themes\n    sectors\n    area {\n      placeName\n      region\n      latitude\n      longitude\n    }\n    scope\n    lifecycleStage\n    isClosed\n    closingNote\n    visibility\n    website\n    contact\n    memberCount\n    viewerRoles\n    createdAt\n  }\n": types.NetworkFieldsFragmentDoc,
    "\n  query Network($slug: String!) {\n    network(slug: $slug) {\n      ...NetworkFields\n    }\n  }\n": types.NetworkDocument,
    "\n  query NetworksDirectory($search: String, $filter: NetworkFilter, $sort: NetworkSort!, $first: Int!, $after: String) {\n    networks(search: $search, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...NetworkCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        kinds {\n          value\n          count\n        }\n        sectors {\n          value\n          count\n        }\n        scopes {\n          value\n          count\n        }\n        lifecycleStages {\n          value\n          count\n        }\n        regions {\n          value\n          count\n        }\n        themes {\n          value\n          count\n        }\n      }\n    }\n  }\n": types.NetworksDirectoryDocument,
    "\n  mutation RegisterNetwork($input: RegisterNetworkInput!) {\n    registerNetwork(input: $input) {\n      ...NetworkFields\n    }\n  }\n": types.RegisterNetworkDocument,
    "\n  mutation UpdateNetwork($input: UpdateNetworkInput!) {\n    updateNetwork(input: $input) {\n      ...NetworkFields\n    }\n  }\n": types.UpdateNetworkDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonFields on Person {\n    id\n    displayName\n    pronouns\n    bio\n    locale\n    email\n  }\n"): (typeof documents)["\n  fragment PersonFields on Person {\n    id\n    displayName\n    pronouns\n    bio\n    locale\n    email\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NetworkCardFields on Network {\n    id\n    slug\n    name\n    kind\n    purpose\n    themes\n    area {\n      placeName\n      region\n    }\n    isClosed\n    memberCount\n  }\n"): (typeof documents)["\n  fragment NetworkCardFields on Network {\n    id\n    slug\n    name\n    kind\n    purpose\n    themes\n    area {\n      placeName\n      region\n    }\n    isClosed\n    memberCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NetworkFields on Network {\n    id\n    slug\n    name\n    kind\n    purpose\n    values\n    description\n    themes\n    sectors\n    area {\n      placeName\n      region\n      latitude\n      longitude\n    }\n    scope\n    lifecycleStage\n    isClosed\n    closingNote\n    visibility\n    website\n    contact\n    memberCount\n    viewerRoles\n    createdAt\n  }\n"): (typeof documents)["\n  fragment NetworkFields on Network {\n    id\n    slug\n    name\n    kind\n    purpose\n    values\n    description\n    themes\n    sectors\n    area {\n      placeName\n      region\n      latitude\n      longitude\n    }\n    scope\n    lifecycleStage\n    isClosed\n    closingNote\n    visibility\n    website\n    contact\n    memberCount\n    viewerRoles\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Network($slug: String!) {\n    network(slug: $slug) {\n      ...NetworkFields\n    }\n  }\n"): (typeof documents)["\n  query Network($slug: String!) {\n    network(slug: $slug) {\n      ...NetworkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworksDirectory($search: String, $filter: NetworkFilter, $sort: NetworkSort!, $first: Int!, $after: String) {\n    networks(search: $search, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...NetworkCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        kinds {\n          value\n          count\n        }\n        sectors {\n          value\n          count\n        }\n        scopes {\n          value\n          count\n        }\n        lifecycleStages {\n          value\n          count\n        }\n        regions {\n          value\n          count\n        }\n        themes {\n          value\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetworksDirectory($search: String, $filter: NetworkFilter, $sort: NetworkSort!, $first: Int!, $after: String) {\n    networks(search: $search, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...NetworkCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        kinds {\n          value\n          count\n        }\n        sectors {\n          value\n          count\n        }\n        scopes {\n          value\n          count\n        }\n        lifecycleStages {\n          value\n          count\n        }\n        regions {\n          value\n          count\n        }\n        themes {\n          value\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterNetwork($input: RegisterNetworkInput!) {\n    registerNetwork(input: $input) {\n      ...NetworkFields\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterNetwork($input: RegisterNetworkInput!) {\n    registerNetwork(input: $input) {\n      ...NetworkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNetwork($input: UpdateNetworkInput!) {\n    updateNetwork(input: $input) {\n      ...NetworkFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNetwork($input: UpdateNetworkInput!) {\n    updateNetwork(input: $input) {\n      ...NetworkFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;