/** A person as other code sees them: never their password hash or calendar token. */
export interface Person {
  id: string;
  email: string;
  displayName: string;
  pronouns: string | null;
  bio: string | null;
  locale: string;
  isPlatformAdmin: boolean;
  createdAt: Date;
}

/** What a module needs to write to someone: where, what to call them, in which language. */
export interface PersonContact {
  id: string;
  email: string;
  displayName: string;
  locale: string;
}
