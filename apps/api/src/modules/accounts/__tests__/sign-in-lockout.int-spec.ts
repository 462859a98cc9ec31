import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { loadConfig } from '../../../config/app-config.js';

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { id } }';
const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) }';
const REQUEST_RESET = 'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }';

// Guessing is limited per address + IP and per IP; the looser per-address limit
// refuses only IPs that have not signed in to the account before (OWASP's advice:
// limits must not hand anyone the power to lock someone else out).
describe('sign-in limits without lock-outs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      config: {
        trustProxy: true,
        signInLimit: {
          ...loadConfig({ NODE_ENV: 'test' }).signInLimit,
          perIpPerMinute: 50,
          perEmailPerFifteenMinutes: 3,
          perEmailPerHour: 6,
          mailPerIpPerHour: 4,
          mailPerEmailPerHour: 2,
        },
      },
    });
  });
  afterAll(() => t.close());

  const from = (ip: string) => t.client({ 'x-forwarded-for': ip });
  const signIn = (ip: string, email: string, password: string) => from(ip).request(SIGN_IN, { input: { email, password } });

  it("a stranger's wrong guesses never stop the owner's right password from their own device", async () => {
    const person = await t.newPerson();
    // Today this is the attack: 10 wrong passwords and the owner is refused for 15 minutes.
    for (let i = 0; i < 5; i++) await signIn('203.0.113.1', person.email, `wrong guess ${i}`);
    const stranger = await signIn('203.0.113.1', person.email, person.password);
    expect(stranger.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    const owner = await signIn('198.51.100.20', person.email, person.password);
    expect(owner.errors).toBeUndefined();
  });

  it('guessing from many IPs is slowed by a per-address limit, which still lets in IPs that have signed in before', async () => {
    const person = await t.newPerson();
    expect((await signIn('198.51.100.30', person.email, person.password)).errors).toBeUndefined();
    for (let i = 0; i < 6; i++) await signIn(`203.0.113.${10 + i}`, person.email, `wrong guess ${i}`);
    const newIp = await signIn('203.0.113.99', person.email, person.password);
    expect(newIp.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect((await signIn('198.51.100.30', person.email, person.password)).errors).toBeUndefined();
  });

  it('limits mail asked for per address and per IP, the same whether or not the address has an account', async () => {
    const person = await t.newPerson();
    const codes: (string | undefined)[] = [];
    for (const ip of ['192.0.2.40', '192.0.2.41', '192.0.2.42']) {
      const answer = await from(ip).request(REQUEST_RESET, { input: { email: person.email } });
      codes.push(answer.errors?.[0].extensions?.code as string | undefined);
    }
    expect(codes).toEqual([undefined, undefined, 'TOO_MANY_REQUESTS']);
    const unknown: (string | undefined)[] = [];
    for (const ip of ['192.0.2.50', '192.0.2.51', '192.0.2.52']) {
      const answer = await from(ip).request(REQUEST_RESET, { input: { email: 'nobody.here@example.org' } });
      unknown.push(answer.errors?.[0].extensions?.code as string | undefined);
    }
    expect(unknown).toEqual(codes);
    const signUps: (string | undefined)[] = [];
    for (let i = 0; i < 5; i++) {
      const answer = await from('192.0.2.60').request(SIGN_UP, {
        input: { email: `many.${i}@example.org`, password: 'a long enough password', displayName: 'Many' },
      });
      signUps.push(answer.errors?.[0].extensions?.code as string | undefined);
    }
    expect(signUps).toEqual([undefined, undefined, undefined, undefined, 'TOO_MANY_REQUESTS']);
  });
});
