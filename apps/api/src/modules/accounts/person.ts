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
  /** When they proved they receive mail at `email` (read where the account itself is shown). */
  emailVerifiedAt?: Date | null;
  /** Whether they have a password (an account made through a sign-in link has none until they set one). */
  hasPassword?: boolean;
}

/** What a module needs to write to someone: where, what to call them, in which language. */
export interface PersonContact {
  id: string;
  email: string;
  displayName: string;
  locale: string;
}
