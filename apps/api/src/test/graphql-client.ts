import type { GraphQLFormattedError } from 'graphql';

export interface GraphQLResponse<T> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: GraphQLFormattedError[];
}

/**
 * Talks to the API over HTTP like a browser does: JSON POSTs to /graphql and a
 * cookie jar for the session cookie.
 */
export class GraphQLClient {
  private cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    private readonly defaultHeaders: Record<string, string> = {},
  ) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  /** Copies another client's cookies, e.g. to replay a session after it ended. */
  useCookies(header: string): void {
    this.cookies = new Map(
      header
        .split('; ')
        .filter(Boolean)
        .map((pair) => pair.split('=', 2) as [string, string]),
    );
  }

  async request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: this.cookieHeader, ...this.defaultHeaders, ...headers },
      body: JSON.stringify({ query, variables }),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, value] = pair.split('=', 2) as [string, string];
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a)) || value === '';
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const body = (await response.json()) as { data?: T | null; errors?: GraphQLFormattedError[] };
    return { status: response.status, headers: response.headers, ...body };
  }

  /** The data of an operation that must succeed. */
  async data<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) throw new Error(`Expected success, got ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  /** The one error of an operation that must fail. */
  async error(query: string, variables?: Record<string, unknown>): Promise<GraphQLFormattedError & { code: string }> {
    const result = await this.request(query, variables);
    if (result.errors?.length !== 1) throw new Error(`Expected one error, got ${JSON.stringify(result)}`);
    const [error] = result.errors;
    return { ...error, code: String(error.extensions?.code) };
  }
}
