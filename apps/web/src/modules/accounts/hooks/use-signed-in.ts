import type { ApolloCache } from '@apollo/client';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { PersonFieldsFragment } from '../../../gql/graphql';
import { isSupportedLanguage } from '../../../i18n/languages';
import { MeQuery } from '../graphql/me.query';
import { safeNextPath } from '../utils/safe-next-path';

/** Puts a freshly signed-in person into the cache so the header updates at once. */
export function writeCurrentPerson(cache: ApolloCache, person: PersonFieldsFragment | null): void {
  cache.writeQuery({ query: MeQuery, data: { me: person } });
}

/** After sign in or sign up: use the person's language and go where they were heading. */
export function useAfterSignIn() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const { i18n } = useTranslation();

  return useCallback(
    (person: PersonFieldsFragment) => {
      if (isSupportedLanguage(person.locale) && person.locale !== i18n.resolvedLanguage) {
        void i18n.changeLanguage(person.locale);
      }
      void navigate(safeNextPath(searchParams.get('next')), { replace: true });
    },
    [i18n, navigate, searchParams],
  );
}
